using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SocialErp.IntegrationTests.Journal.Notifications;

/// <summary>
/// A tiny SMTP server on 127.0.0.1 speaking just enough of RFC 5321 for <c>System.Net.Mail.SmtpClient</c> (EHLO/HELO,
/// MAIL, RCPT, DATA, RSET, NOOP, QUIT). While <see cref="EnPanne"/>, it answers 421 to every connection.
/// </summary>
public sealed class ServeurSmtpDeTest : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _arret = new();

    public ServeurSmtpDeTest()
    {
        _listener.Start();
        _ = AccepterAsync();
    }

    public bool EnPanne
    {
        get => _enPanne;
        set => _enPanne = value;
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    private volatile bool _enPanne;

    public ConcurrentQueue<MessageRecu> Messages { get; } = new();

    public IReadOnlyList<MessageRecu> Pour(string destinataire) =>
        Messages.Where(m => m.Destinataires.Contains(destinataire, StringComparer.OrdinalIgnoreCase)).ToList();

    public void Dispose()
    {
        _arret.Cancel();
        _listener.Stop();
        _arret.Dispose();
    }

    private async Task AccepterAsync()
    {
        while (!_arret.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_arret.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = ConverserAsync(client);
        }
    }

    private async Task ConverserAsync(TcpClient client)
    {
        using var _ = client;
        await using var flux = client.GetStream();
        using var lecteur = new StreamReader(flux, Encoding.UTF8);
        await using var ecrivain = new StreamWriter(flux, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
        if (EnPanne)
        {
            await ecrivain.WriteLineAsync("421 localhost Service not available");
            return;
        }

        await ecrivain.WriteLineAsync("220 localhost ESMTP test");
        var destinataires = new List<string>();
        string? ligne;
        while ((ligne = await lecteur.ReadLineAsync()) is not null)
        {
            var commande = ligne.Length >= 4 ? ligne[..4].ToUpperInvariant() : ligne.ToUpperInvariant();
            switch (commande)
            {
                case "EHLO":
                    await ecrivain.WriteAsync("250-localhost\r\n250-8BITMIME\r\n250 OK\r\n");
                    break;
                case "HELO":
                case "MAIL":
                case "RSET":
                case "NOOP":
                    await ecrivain.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    destinataires.Add(ligne[(ligne.IndexOf('<', StringComparison.Ordinal) + 1)..ligne.IndexOf('>', StringComparison.Ordinal)]);
                    await ecrivain.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await ecrivain.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var contenu = new StringBuilder();
                    while ((ligne = await lecteur.ReadLineAsync()) is not null and not ".")
                    {
                        contenu.Append(ligne.StartsWith("..", StringComparison.Ordinal) ? ligne[1..] : ligne).Append('\n');
                    }

                    Messages.Enqueue(new MessageRecu([.. destinataires], contenu.ToString()));
                    destinataires.Clear();
                    await ecrivain.WriteLineAsync("250 OK queued");
                    break;
                case "QUIT":
                    await ecrivain.WriteLineAsync("221 Bye");
                    return;
                default:
                    await ecrivain.WriteLineAsync("502 Command not implemented");
                    break;
            }
        }
    }
}

/// <summary>A message the test server accepted: its recipients and its raw content (headers and body).</summary>
public sealed record MessageRecu(IReadOnlyList<string> Destinataires, string Contenu);
