using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.IntegrationTests.Fiches;
using SocialErp.SharedKernel.Messaging;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Dossiers;

/// <summary>Fiches and dossiers created through the API for the Dossiers tests.</summary>
internal static class DossiersTestData
{
    public static async Task<Guid> FicheAsync(HttpClient client, string nom, params string[] categories) =>
        (await (await client.PostJsonAsync("/api/fiches", new
            {
                type = "personne", nom = FichesTestData.Marqueur(nom), prenom = "Test", categories = categories.Length == 0 ? ["usager"] : categories,
            }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static async Task<JsonElement> DossierAsync(HttpClient client, string nom, params (Guid FicheId, string Role)[] membres) =>
        await (await client.PostJsonAsync("/api/dossiers", new
            {
                nom, prestation = "WSH", communeDomicile = 5586, dateOuverture = "2026-01-01",
                fiches = membres.Select(m => new { ficheId = m.FicheId, role = m.Role }).ToArray(),
            }))
            .JsonAsync(HttpStatusCode.Created);

    /// <summary>A dossier with one requérant fiche, created by <paramref name="client"/>.</summary>
    public static async Task<(Guid DossierId, Guid FicheId)> DossierSimpleAsync(HttpClient client, string nom)
    {
        var fiche = await FicheAsync(client, nom);
        var dossier = await DossierAsync(client, nom, (fiche, "requerant"));
        return (dossier.GetProperty("id").GetGuid(), fiche);
    }

    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    /// <summary>Publishes an event as if another module had (through its outbox), for the handlers under test.</summary>
    public static async Task PublierAsync(SocialErpApiFactory factory, string module, IntegrationEvent integrationEvent)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var contexte = scope.ServiceProvider.GetServices<MigratableContext>().Single(c => c.Name == module);
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(contexte.DbContextType);
        db.Publish(integrationEvent);
        await db.SaveChangesAsync();
        await factory.DrainMessagesAsync();
    }
}
