using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Modules;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.SharedKernel.Demo;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Platform;

/// <summary>
/// The demo as a new user finds it: the demo organisation's accounts, the families' dossiers visible by service and
/// hierarchy, and what the other modules built from the dossiers' events (ledgers, journal, workflow due dates).
/// </summary>
public abstract class DemoDataTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Demo_SeededTwice_DossiersOnceVisiblesParServiceEtHierarchie_ModulesSuivent()
    {
        var database = await TestDatabase.CreateAsync(provider, "demo-organisation");
        await using var factory = new SocialErpApiFactory(database, new Dictionary<string, string?> { ["Seed:DemoData"] = "true" });
        using (var scope = factory.Services.CreateScope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(CancellationToken.None);
            }
        }

        await factory.DrainMessagesAsync();
        using var sophie = await DemoAsync(factory, "sophie.dupuis");
        using var marc = await DemoAsync(factory, "marc.kohler");
        using var giulia = await DemoAsync(factory, "giulia.bianchi");
        using var luc = await DemoAsync(factory, "luc.monnier");

        Assert.Equal(7, await TotalAsync(luc, "/api/dossiers"));
        Assert.Equal(6, await TotalAsync(sophie, "/api/dossiers"));
        Assert.Equal(6, await TotalAsync(marc, "/api/dossiers"));
        var geneve = (await (await giulia.GetAsync("/api/dossiers")).JsonAsync()).GetProperty("items");
        Assert.Equal(["Nguyen Thi Lan"], geneve.EnumerateArray().Select(d => d.GetProperty("nom").GetString()));

        var armengaud = (await (await sophie.GetAsync($"/api/dossiers?q=Armengaud")).JsonAsync()).GetProperty("items")[0];
        var dossier = armengaud.GetProperty("id").GetGuid();
        await (await giulia.GetAsync($"/api/dossiers/{dossier}")).AssertProblemAsync(System.Net.HttpStatusCode.NotFound, "dossiers.dossier-introuvable");
        var membres = (await (await sophie.GetAsync($"/api/dossiers/{dossier}")).JsonAsync()).GetProperty("membres");
        Assert.Contains(membres.EnumerateArray(), m => m.GetProperty("ficheId").GetGuid() == FichesDemo.FrancoisArmengaud
            && m.GetProperty("role").GetString() == "requerant");

        var detail = await (await sophie.GetAsync($"/api/dossiers/{dossier}")).JsonAsync();
        Assert.Equal("en-cours", detail.GetProperty("statut").GetString());
        var seances = (await (await sophie.GetAsync($"/api/dossiers/{dossier}/seances")).JsonAsync()).GetProperty("items");
        Assert.Equal(4, seances.GetArrayLength());
        Assert.Equal(3, seances.EnumerateArray().Count(x => x.GetProperty("etat").GetString() == "realisee"));
        Assert.Equal(1, (await (await sophie.GetAsync($"/api/dossiers/{dossier}/evenements")).JsonAsync()).GetArrayLength());
        await ConventionsDemoAsync(sophie, dossier);

        var soldes = await (await sophie.GetAsync($"/api/comptabilite/unites-allocation/{dossier}/soldes")).JsonAsync();
        Assert.Contains(soldes.GetProperty("parGenre").EnumerateArray(), g => g.GetProperty("cle").GetString() == "allocation"
            && g.GetProperty("solde").GetDecimal() > 0);
        var budget = Assert.Single((await (await sophie.GetAsync($"/api/comptabilite/budgets?dossierId={dossier}")).JsonAsync()).EnumerateArray());
        Assert.Equal(4, budget.GetProperty("versions")[0].GetProperty("lignes").GetArrayLength());
        Assert.True(budget.GetProperty("versions")[0].GetProperty("besoinNet").GetDecimal() > 0);
        using var admin = await factory.AdminClientAsync();
        await ComptabiliteDemoAsync(admin);
        Assert.True((await (await admin.GetAsync("/api/comptabilite/controle")).JsonAsync()).GetProperty("conforme").GetBoolean());

        var journal = (await (await sophie.GetAsync($"/api/dossiers/{dossier}/journal")).JsonAsync()).GetProperty("items");
        Assert.Contains(journal.EnumerateArray(), e => e.GetProperty("type").GetString() == "ouverture");
        var echeance = (await (await sophie.GetAsync($"/api/echeances?serviceId={OrganisationDemo.ServiceLausanne}&dossierId={dossier}"))
            .JsonAsync()).GetProperty("items");
        Assert.Contains(echeance.EnumerateArray(), e => e.GetProperty("serviceId").GetGuid() == OrganisationDemo.ServiceLausanne
            && e.GetProperty("responsableMetier").GetString() == "assistant-social");

        Assert.Equal(1, await TotalAsync(sophie, $"/api/documents?cibleType=fiche&cibleId={FichesDemo.LeaArmengaud}"));
        await (await giulia.GetAsync($"/api/documents?cibleType=fiche&cibleId={FichesDemo.LeaArmengaud}"))
            .AssertProblemAsync(System.Net.HttpStatusCode.NotFound, "ged.cible-introuvable");
        var boite = await (await admin.GetAsync("/api/documents/boite-reception")).JsonAsync();
        Assert.Equal(["courriel-regie-du-lac"], boite.EnumerateArray().Select(d => d.GetProperty("titre").GetString()));
    }

    /// <summary>The demo funders' conventions, and the Armengaud funding taken from Office AI Vaud's, its signed hours counted.</summary>
    private static async Task ConventionsDemoAsync(HttpClient sophie, Guid armengaud)
    {
        var conventions = (await (await sophie.GetAsync("/api/parametres/conventions?actives=true")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(
            new[] { FichesDemo.OfficeAiVaud, FichesDemo.ProSenectuteVaud, FichesDemo.ServiceEmploiFribourg }.Order(),
            conventions.Select(c => c.GetProperty("financeurId").GetGuid()).Order());
        var financement = (await (await sophie.GetAsync($"/api/dossiers/{armengaud}/financement")).JsonAsync()).GetProperty("convention");
        var oai = conventions.Single(c => c.GetProperty("financeurId").GetGuid() == FichesDemo.OfficeAiVaud).GetProperty("id").GetGuid();
        Assert.Equal(oai, financement.GetProperty("conventionId").GetGuid());
        var suivi = await (await sophie.GetAsync($"/api/parametres/conventions/{oai}/suivi")).JsonAsync();
        var ligne = Assert.Single(suivi.GetProperty("dossiers").EnumerateArray());
        Assert.Equal(armengaud, ligne.GetProperty("dossierId").GetGuid());
        Assert.True(ligne.GetProperty("heuresRealisees").GetDecimal() > 0);
    }

    /// <summary>
    /// The demo accounting: the current month run, debtor invoices with QR references (one re-billing a budget
    /// charge), supplier invoices approved and waiting, released batches, and the sample camt.054 paying Monique Perrin.
    /// </summary>
    private static async Task ComptabiliteDemoAsync(HttpClient admin)
    {
        var mois = $"{DateTime.Now:yyyy-MM}";
        var execution = Assert.Single((await (await admin.GetAsync("/api/comptabilite/budgets/executions")).JsonAsync()).EnumerateArray());
        Assert.Equal(mois, execution.GetProperty("mois").GetString());
        Assert.Equal("terminee", execution.GetProperty("statut").GetString());
        Assert.Equal(7, execution.GetProperty("total").GetInt32());
        Assert.True(execution.GetProperty("nombreOrdres").GetInt32() > 0);

        var factures = (await (await admin.GetAsync("/api/comptabilite/factures-debiteurs")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(2, factures.Count);
        Assert.All(factures, f => Assert.Equal(27, f.GetProperty("reference").GetString()!.Length));
        var avance = Assert.Single(factures, f => f.GetProperty("debiteurId").GetGuid() == FichesDemo.OfficeAiVaud);
        Assert.Equal(1450m, avance.GetProperty("montant").GetDecimal());
        Assert.NotEqual(JsonValueKind.Null, avance.GetProperty("lignes")[0].GetProperty("posteBudgetId").ValueKind);
        var perrin = Assert.Single(factures, f => f.GetProperty("debiteurId").GetGuid() == FichesDemo.MoniquePerrin);

        var fournisseurs = (await (await admin.GetAsync("/api/comptabilite/factures-fournisseurs")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(["a-approuver", "approuvee"], fournisseurs.Select(f => f.GetProperty("statut").GetString()).Order(StringComparer.Ordinal));
        var lots = (await (await admin.GetAsync("/api/comptabilite/paiements/lots")).JsonAsync()).EnumerateArray().ToList();
        Assert.NotEmpty(lots);
        Assert.All(lots, l => Assert.Equal("libere", l.GetProperty("statut").GetString()));
        (await admin.GetAsync($"/api/comptabilite/paiements/lots/{lots[0].GetProperty("id").GetGuid()}/pain001")).EnsureSuccessStatusCode();

        using var camt = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(RacineDepot(), "docs", "modules", "comptabilite", "demo-camt054.xml")));
        camt.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/xml");
        var import = await (await admin.PostAsync("/api/comptabilite/encaissements/camt054", camt)).JsonAsync(System.Net.HttpStatusCode.Created);
        Assert.Equal(1, import.GetProperty("parMontantNom").GetInt32());
        var payee = await (await admin.GetAsync($"/api/comptabilite/factures-debiteurs/{perrin.GetProperty("id").GetGuid()}")).JsonAsync();
        Assert.Equal("soldee", payee.GetProperty("statut").GetString());
    }

    private static string RacineDepot()
    {
        var dossier = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dossier!.FullName, "SocialErp.sln")))
        {
            dossier = dossier.Parent;
        }

        return dossier.FullName;
    }

    private static async Task<HttpClient> DemoAsync(SocialErpApiFactory factory, string nom) =>
        await factory.ClientForAsync($"{nom}@demo.socialerp.local", SocialErpApiFactory.AdminPassword);

    private static async Task<int> TotalAsync(HttpClient client, string url) =>
        (await (await client.GetAsync(url)).JsonAsync()).GetProperty("total").GetInt32();
}

[Trait("Category", "Integration")]
public sealed class DemoDataTestsSqlite() : DemoDataTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSql")]
public sealed class DemoDataTestsPostgreSql() : DemoDataTests(DatabaseProvider.PostgreSql);
