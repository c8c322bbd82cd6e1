using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace SocialErp.TestKit;

/// <summary>
/// A throwaway PostgreSQL cluster for the test run: reused from SOCIALERP_TEST_POSTGRES when build/postgres.sh
/// started one, otherwise initialised in a temp folder and started on a free port on 127.0.0.1, as the
/// postgres user when running as root (PostgreSQL refuses root). Each test class gets its own database.
/// </summary>
public static class PostgresServer
{
    private const string Password = "socialerp-tests";
    private const string OwnerFile = "owner.pid";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _adminConnectionString;

    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var admin = await AdminConnectionStringAsync();
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true, MaxPoolSize = 20 }.ConnectionString;
    }

    private static async Task<string> AdminConnectionStringAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _adminConnectionString ??= Environment.GetEnvironmentVariable("SOCIALERP_TEST_POSTGRES") is { Length: > 0 } configured
                ? configured
                : await StartClusterAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> StartClusterAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin"))
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException("PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql).");
        var asPostgres = Environment.UserName == "root";
        await StopOrphansAsync(bin, asPostgres);
        var directory = Path.Combine(Path.GetTempPath(), $"socialerp-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, OwnerFile), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (asPostgres)
        {
            await RunAsync("chown", $"postgres {directory}");
        }

        var passwordFile = Path.Combine(directory, "pwfile");
        await File.WriteAllTextAsync(passwordFile, Password);
        if (asPostgres)
        {
            await RunAsync("chown", $"postgres {passwordFile}");
        }

        var port = FreePort();
        var data = Path.Combine(directory, "data");
        await RunAsync(Path.Combine(bin, "initdb"), $"-D {data} -U postgres -E UTF8 --locale=C.UTF-8 --auth-host=scram-sha-256 --auth-local=trust --pwfile={passwordFile} --no-sync", asPostgres);
        await RunAsync(
            Path.Combine(bin, "pg_ctl"),
            $"-w -D {data} -l {Path.Combine(directory, "log")} -o \"-c listen_addresses=127.0.0.1 -p {port} -k {directory} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start",
            asPostgres);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            var stop = StartProcess(Path.Combine(bin, "pg_ctl"), $"-D {data} -m immediate stop", asPostgres);
            stop.WaitForExit(10_000);
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // Left in the temp folder; harmless.
            }
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Password={Password};Database=postgres;Pooling=false";
    }

    /// <summary>
    /// Stops the clusters of test processes that are gone: a test host killed at the end of a run never runs its
    /// exit handler, and its cluster would otherwise live on.
    /// </summary>
    private static async Task StopOrphansAsync(string bin, bool asPostgres)
    {
        foreach (var directory in Directory.GetDirectories(Path.GetTempPath(), "socialerp-pg-*"))
        {
            var owner = Path.Combine(directory, OwnerFile);
            if (!File.Exists(owner) || !int.TryParse(await File.ReadAllTextAsync(owner), out var pid) || ProcessIsAlive(pid))
            {
                continue;
            }

            using var stop = StartProcess(Path.Combine(bin, "pg_ctl"), $"-D {Path.Combine(directory, "data")} -m immediate stop", asPostgres);
            await stop.WaitForExitAsync();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // Another test process starting at the same time cleaned it up first.
            }
        }
    }

    private static bool ProcessIsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string arguments, bool asPostgres = false)
    {
        using var process = StartProcess(file, arguments, asPostgres);
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {output} {error}");
        }
    }

    private static Process StartProcess(string file, string arguments, bool asPostgres)
    {
        var info = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {arguments}")
            : new ProcessStartInfo(file, arguments);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        return Process.Start(info) ?? throw new InvalidOperationException($"Cannot start {file}.");
    }
}
