using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.IntegrationTests.Fiches;
using SocialErp.SharedKernel.Messaging;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Journal;

/// <summary>
/// Dossiers for the Journal tests, opened through the Dossiers API (the creator is the referent; the dossier belongs
/// to the creator's service), and events of modules not built yet published through a module's real outbox.
/// </summary>
internal static class DossiersDeTest
{
    /// <summary>Opens a dossier with one requérant as <paramref name="client"/> and delivers its events.</summary>
    public static async Task<Guid> OuvrirAsync(SocialErpApiFactory factory, HttpClient client, DateOnly? date = null)
    {
        var fiche = (await (await client.PostJsonAsync("/api/fiches", new { type = "personne", nom = FichesTestData.Marqueur("Journal"), prenom = "Test", categories = new[] { "usager" } }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var dossier = (await (await client.PostJsonAsync("/api/dossiers", new
            {
                nom = FichesTestData.Marqueur("Dossier"), prestation = "WSH", communeDomicile = 5586,
                dateOuverture = (date ?? new DateOnly(2026, 1, 5)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                fiches = new[] { new { ficheId = fiche, role = "requerant" } },
            }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await factory.DrainMessagesAsync();
        return dossier;
    }

    /// <summary>Publishes events through <paramref name="module"/>'s outbox, as that module would, and delivers them.</summary>
    public static async Task PublierAsync(SocialErpApiFactory factory, string module, params IntegrationEvent[] evenements)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var contexte = scope.ServiceProvider.GetServices<MigratableContext>().Single(c => c.Name == module);
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(contexte.DbContextType);
            foreach (var evenement in evenements)
            {
                db.Publish(evenement);
            }

            await db.SaveChangesAsync();
        }

        await factory.DrainMessagesAsync();
    }
}
