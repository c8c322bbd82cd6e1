using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Security;
using static SocialErp.IntegrationTests.Comptabilite.ComptaTestKit;
using static SocialErp.IntegrationTests.Comptabilite.PaiementsTestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>Monthly budgets: net need, SKOS maintenance, versions from a date, overlaps, bad accounts and references.</summary>
public abstract class BudgetsApiTests(ComptabiliteApiFixture fixture) : ComptabiliteScenario(fixture)
{
    [Fact]
    public async Task Budget_NetNeedSkosAndVersions_NewVersionEndsThePreviousOne()
    {
        var (assistant, comptable) = await EquipeAsync(Factory);
        using var _a = assistant;
        using var _c = comptable;
        var personne = await PersonneAvecAdresseAsync(assistant);
        var regie = await OrganisationAsync(assistant, "Régie");
        var assureur = await OrganisationAsync(assistant, "Assurance");
        var ua = await OuvrirUniteAsync(Fixture, new PeriodeUniteAllocation(personne, "requerant", new DateOnly(2030, 1, 1), null));
        var budget = new
        {
            dossierId = ua, genre = "allocation", libelle = "Aide sociale", du = "2030-01-01", au = "2030-12-31",
            lignes = new[]
            {
                Ligne("salaire", 800m, personne, iban: null),
                Ligne("entretien", null, personne),
                Ligne("loyer", 1450m, personne, regie, IbanRegie, "SCOR", ReferenceCreancier),
                Ligne("assurance-maladie", 412.85m, personne, assureur, QrIban, "QRR", ReferenceQr, refactureA: assureur),
                Ligne("frais-medicaux", 600m, personne, periodicite: "trimestrielle"),
            },
        };

        var reponse = await assistant.PostJsonAsync("/api/comptabilite/budgets", budget);
        var cree = await reponse.JsonAsync(HttpStatusCode.Created);

        Assert.Equal("\"1\"", reponse.Headers.ETag?.Tag);
        var version = Assert.Single(cree.GetProperty("versions").EnumerateArray());
        Assert.Equal(1061m, version.GetProperty("lignes")[1].GetProperty("montant").GetDecimal());
        Assert.Equal(200m, version.GetProperty("lignes")[4].GetProperty("montantMensuel").GetDecimal());
        Assert.Equal("3123.85", version.GetProperty("totalCharges").GetRawText());
        Assert.Equal("2323.85", version.GetProperty("besoinNet").GetRawText());
        var id = cree.GetProperty("id").GetGuid();

        var modifiee = await (await assistant.PutAsJsonAsync($"/api/comptabilite/budgets/{id}", new
        {
            du = "2030-06-01", au = "2030-12-31", tailleMenage = 2, motif = "Naissance",
            lignes = new[] { Ligne("entretien", null, personne), Ligne("loyer", 1500m, personne, regie, IbanRegie, "SCOR", ReferenceCreancier) },
        })).JsonAsync();

        var versions = modifiee.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(2, versions.Count);
        Assert.Equal("2030-05-31", versions[0].GetProperty("au").GetString());
        Assert.Equal(1623m, versions[1].GetProperty("lignes")[0].GetProperty("montant").GetDecimal());
        Assert.Equal(2, modifiee.GetProperty("version").GetInt64());
        var lu = await (await comptable.GetAsync($"/api/comptabilite/budgets?dossierId={ua}&valableLe=2030-07-01")).JsonAsync();
        Assert.Equal(id, Assert.Single(lu.EnumerateArray()).GetProperty("id").GetGuid());

        // A version not after the last one, another budget of the same kind over the same months, a stale If-Match.
        var avant = new { du = "2030-06-01", lignes = new[] { Ligne("entretien", 900m, personne) } };
        await (await assistant.PutAsJsonAsync($"/api/comptabilite/budgets/{id}", avant)).AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.budget-chevauchement");
        await (await assistant.PostJsonAsync("/api/comptabilite/budgets", budget with { du = "2030-11-01", au = "2031-06-30" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.budget-chevauchement");
        using var perime = new HttpRequestMessage(HttpMethod.Put, $"/api/comptabilite/budgets/{id}") { Content = JsonContent.Create(avant with { du = "2030-09-01" }) };
        perime.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        await (await assistant.SendAsync(perime)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        (await assistant.PostJsonAsync("/api/comptabilite/budgets", budget with { genre = "pret", libelle = "Prêt" })).EnsureSuccessStatusCode();
        await (await assistant.GetAsync($"/api/comptabilite/budgets/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound, "comptabilite.budget-introuvable");
    }

    [Theory]
    [InlineData("CH93 0076 2011 6238 5295 8", null, null, "comptabilite.iban-invalide", "lignes[1].iban")]
    [InlineData("DE89370400440532013000", null, null, "comptabilite.iban-non-suisse", "lignes[1].iban")]
    [InlineData(QrIban, "SCOR", ReferenceCreancier, "comptabilite.reference-incompatible", "lignes[1].reference")]
    [InlineData(QrIban, "QRR", "210000000003139471430009016", "comptabilite.reference-qr-invalide", "lignes[1].reference")]
    public async Task Budget_BadAccountOrReference_PreciseProblemAndNothingWritten(string iban, string? type, string? reference, string code, string champ)
    {
        using var client = await Factory.AdminClientAsync();
        var personne = await PersonneAvecAdresseAsync(client);
        var ua = await OuvrirUniteAsync(Fixture, new PeriodeUniteAllocation(personne, "requerant", new DateOnly(2030, 1, 1), null));
        var budget = new
        {
            dossierId = ua, genre = "allocation", du = "2030-01-01",
            lignes = new[] { Ligne("entretien", 1061m, personne), Ligne("loyer", 1200m, personne, iban: iban, typeReference: type, reference: reference) },
        };

        var probleme = await (await client.PostJsonAsync("/api/comptabilite/budgets", budget)).AssertFieldErrorsAsync(champ);

        Assert.Equal(code, probleme.GetProperty("code").GetString());
        Assert.Empty((await (await client.GetAsync($"/api/comptabilite/budgets?dossierId={ua}")).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task Budget_InvalidRequestsAndAccess_RefusedPrecisely()
    {
        var (assistant, comptable) = await EquipeAsync(Factory);
        var (direction, _) = await Factory.UserClientAsync(Metiers.Direction);
        using var _a = assistant;
        using var _c = comptable;
        using var _d = direction;
        var personne = await PersonneAvecAdresseAsync(assistant);
        var ua = await OuvrirUniteAsync(Fixture, new PeriodeUniteAllocation(personne, "requerant", new DateOnly(2030, 1, 1), null));
        var budget = new { dossierId = ua, genre = "allocation", du = "2030-01-01", lignes = new[] { Ligne("entretien", 1061.005m, personne) } };

        await (await assistant.PostJsonAsync("/api/comptabilite/budgets", budget)).AssertFieldErrorsAsync("lignes[0].montant");
        await (await assistant.PostJsonAsync("/api/comptabilite/budgets", budget with { genre = "cadeau" })).AssertFieldErrorsAsync("genre");
        await (await assistant.PostJsonAsync("/api/comptabilite/budgets", new { dossierId = ua, genre = "allocation", du = "2030-01-01", lignes = Array.Empty<object>() }))
            .AssertFieldErrorsAsync("lignes");
        await (await assistant.PostJsonAsync("/api/comptabilite/budgets", new { dossierId = ua, genre = "allocation", du = "2030-01-01", lignes = new[] { Ligne("loyer", 900m, personne, iban: null) } }))
            .AssertFieldErrorsAsync("lignes[0].iban");
        await (await direction.PostJsonAsync("/api/comptabilite/budgets", budget)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await assistant.PostJsonAsync("/api/comptabilite/budgets", budget with { dossierId = Guid.NewGuid(), lignes = new[] { Ligne("entretien", 1061m, personne) } }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "comptabilite.dossier-introuvable");
        using var anonyme = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonyme.GetAsync("/api/comptabilite/budgets")).StatusCode);
    }
}

[Trait("Category", "Integration")]
public sealed class BudgetsApiTestsSqlite(SqliteComptabiliteFixture fixture) : BudgetsApiTests(fixture), IClassFixture<SqliteComptabiliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class BudgetsApiTestsPostgreSql(PostgreSqlComptabiliteFixture fixture) : BudgetsApiTests(fixture), IClassFixture<PostgreSqlComptabiliteFixture>;
