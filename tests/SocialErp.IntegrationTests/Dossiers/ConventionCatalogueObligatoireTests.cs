using System.Net;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.SharedKernel.Demo;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Dossiers.DossiersTestData;

namespace SocialErp.IntegrationTests.Dossiers;

/// <summary>
/// <c>Dossiers:ServicesConventionCatalogue</c>: the fundings of a listed service's dossiers must name a catalogue
/// convention, other services keep the free (legacy) reference. The demo organisation gives services with fixed ids.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ConventionCatalogueObligatoireTests
{
    [Fact]
    public async Task Financement_ServiceExigeantLeCatalogue_ReferenceLibreRefuseeAilleursAcceptee()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "convention-obligatoire");
        await using var factory = new SocialErpApiFactory(database, new Dictionary<string, string?>
        {
            ["Seed:DemoData"] = "true",
            ["Dossiers:ServicesConventionCatalogue:0"] = OrganisationDemo.ServiceLausanne.ToString(),
        });
        using var admin = await factory.AdminClientAsync();
        var canton = await FicheAsync(admin, "Canton", "financeur");
        var convention = (await (await admin.PostJsonAsync("/api/parametres/conventions", new
            {
                reference = "OBLIGATOIRE-1", libelle = "Convention", financeurId = canton, typeFinanceur = "public", du = "2026-01-01",
                modeMontant = "forfait", montant = 1000m,
            }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var libre = new { convention = new { reference = "LIBRE" }, financeurPrincipalId = canton, typeFinanceur = "public", modeMontant = "total", montant = 500m };

        var lausanne = await DossierDuServiceAsync(admin, OrganisationDemo.ServiceLausanne);
        await (await admin.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{lausanne}/financement", libre)).AssertFieldErrorsAsync("convention.conventionId");
        await (await admin.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{lausanne}/financement", new { convention = new { conventionId = convention } }))
            .JsonAsync();

        var geneve = await DossierDuServiceAsync(admin, OrganisationDemo.ServiceGeneve);
        (await admin.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{geneve}/financement", libre)).EnsureSuccessStatusCode();
    }

    private static async Task<Guid> DossierDuServiceAsync(HttpClient admin, Guid serviceId)
    {
        var fiche = await FicheAsync(admin, "Obligatoire");
        return (await (await admin.PostJsonAsync("/api/dossiers", new
            {
                nom = "Catalogue obligatoire", prestation = "WSH", communeDomicile = 5586, dateOuverture = "2026-01-01", serviceId,
                fiches = new[] { new { ficheId = fiche, role = "requerant" } },
            }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }
}
