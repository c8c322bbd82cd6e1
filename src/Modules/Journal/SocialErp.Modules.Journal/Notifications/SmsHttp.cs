using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace SocialErp.Modules.Journal.Notifications;

/// <summary>SMS posted as <c>{ "to", "text" }</c> to the configured gateway, with its bearer token.</summary>
internal sealed class SmsHttp(IHttpClientFactory clients, IOptions<NotificationsOptions> options) : IEnvoiSms
{
    public const string Client = "journal-sms";

    public async Task EnvoyerAsync(string numero, string texte, CancellationToken cancellationToken)
    {
        var sms = options.Value.Sms;
        using var requete = new HttpRequestMessage(HttpMethod.Post, sms.Url) { Content = JsonContent.Create(new SmsPasserelle(numero, texte)) };
        if (!string.IsNullOrEmpty(sms.Jeton))
        {
            requete.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sms.Jeton);
        }

        using var reponse = await clients.CreateClient(Client).SendAsync(requete, cancellationToken);
        if (!reponse.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"La passerelle SMS a répondu {(int)reponse.StatusCode} ({reponse.ReasonPhrase}).");
        }
    }
}
