using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SocialErp.Bench.Load;

/// <summary>
/// The loader's login. An access token lives an hour and loading 200 000 fiches takes longer: a request refused
/// with 401 logs in again (once for all the requests that were refused together) and is sent again.
/// </summary>
internal sealed class SessionApi(HttpClient http, string email, string password) : IDisposable
{
    private readonly SemaphoreSlim _renouvellement = new(1, 1);
    private string? _jeton;

    public async Task OuvrirAsync(CancellationToken cancellationToken)
    {
        var login = await http.PostAsJsonAsync("/api/auth/login", new { email, password }, cancellationToken);
        login.EnsureSuccessStatusCode();
        _jeton = (await login.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("accessToken").GetString();
    }

    public async Task<HttpResponseMessage> PostAsync<T>(string url, T body, CancellationToken cancellationToken)
    {
        var jeton = _jeton;
        var response = await EnvoyerAsync(url, body, jeton, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        await _renouvellement.WaitAsync(cancellationToken);
        try
        {
            if (_jeton == jeton)
            {
                await OuvrirAsync(cancellationToken);
            }
        }
        finally
        {
            _renouvellement.Release();
        }

        response.Dispose();
        return await EnvoyerAsync(url, body, _jeton, cancellationToken);
    }

    public void Dispose() => _renouvellement.Dispose();

    private async Task<HttpResponseMessage> EnvoyerAsync<T>(string url, T body, string? jeton, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", jeton);
        return await http.SendAsync(request, cancellationToken);
    }
}
