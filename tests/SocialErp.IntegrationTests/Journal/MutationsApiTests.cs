using System.Net;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.SharedKernel.Audit;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Journal;

/// <summary>The journal des mutations: filters, access, consultations, append-only storage and its hash chain.</summary>
public abstract class MutationsApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Mutations_FiltresEtAcces_DirectionVoitTout_ChacunSesPropresActions()
    {
        var service = await ServiceAsync();
        var (assistant, assistantId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (direction, _) = await Factory.UserClientAsync(Metiers.Direction, service);
        using var _a = assistant;
        using var _d = direction;
        var fiche = await CreerFicheAsync(assistant, "Mutation");
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, assistant);
        await JournalDeBordApiTests.EcrireAsync(assistant, dossier, "commentaire", "2026-11-02T10:00:00Z", "Note");
        await Factory.DrainMessagesAsync();

        var miennes = await (await assistant.GetAsync($"/api/mutations?utilisateurId={assistantId}&pageSize=500")).JsonAsync();
        Assert.All(miennes.GetProperty("items").EnumerateArray(), m => Assert.Equal(assistantId, m.GetProperty("utilisateurId").GetGuid()));
        Assert.Contains(miennes.GetProperty("items").EnumerateArray(), m => m.GetProperty("module").GetString() == "journal" && m.GetProperty("entite").GetString() == "EntreeJournal");
        Assert.Equal(1, await JournalDeBordApiTests.TotalAsync(direction, $"/api/mutations?module=fiches&entite=Fiche&entiteId={fiche}&operation=creation"));
        Assert.Equal(0, await JournalDeBordApiTests.TotalAsync(direction, $"/api/mutations?module=fiches&entite=Fiche&entiteId={fiche}&operation=suppression"));
        Assert.Equal(0, await JournalDeBordApiTests.TotalAsync(direction, $"/api/mutations?entiteId={fiche}&au=2020-01-01"));
        await (await assistant.GetAsync("/api/mutations")).AssertProblemAsync(HttpStatusCode.Forbidden, "journal.mutations-reservees");
        await (await assistant.GetAsync($"/api/mutations?utilisateurId={Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await direction.GetAsync("/api/mutations?operation=lecture")).AssertFieldErrorsAsync("operation");
        await (await assistant.GetAsync("/api/mutations/verification")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Vue360_Consultee_EnregistreeCommeConsultation()
    {
        var (assistant, assistantId) = await Factory.UserClientAsync(Metiers.AssistantSocial, await ServiceAsync());
        using var _a = assistant;
        var fiche = await CreerFicheAsync(assistant, "Consultee");

        (await assistant.GetAsync($"/api/fiches/{fiche}/vue-360")).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();

        var consultation = Assert.Single((await (await assistant.GetAsync($"/api/mutations?utilisateurId={assistantId}&operation=consultation")).JsonAsync())
            .GetProperty("items").EnumerateArray());
        Assert.Equal("fiches", consultation.GetProperty("module").GetString());
        Assert.Equal("Fiche", consultation.GetProperty("entite").GetString());
        Assert.Equal(fiche.ToString(), consultation.GetProperty("entiteId").GetString());
        Assert.Equal("vue-360", consultation.GetProperty("nature").GetString());
    }

    [Fact]
    public async Task Mutations_AppendOnly_LaBaseRefuseModificationEtSuppression()
    {
        using var admin = await Factory.AdminClientAsync();
        await CreerFicheAsync(admin, "Immuable");
        await Factory.DrainMessagesAsync();
        var table = Sql.Table(Factory.Database, "journal", "mutation");

        await Assert.ThrowsAnyAsync<Exception>(() => Sql.ExecuteAsync(Factory.Database, $"UPDATE {table} SET entite_id = 'falsifie'"));
        await Assert.ThrowsAnyAsync<Exception>(() => Sql.ExecuteAsync(Factory.Database, $"DELETE FROM {table}"));
        Assert.Equal(0, await Sql.ScalarAsync(Factory.Database, $"SELECT count(*) FROM {table} WHERE entite_id = 'falsifie'"));
        Assert.True((await (await admin.GetAsync("/api/mutations/verification")).JsonAsync()).GetProperty("intacte").GetBoolean());
    }

    [Fact]
    public async Task Mutations_UneSauvegardeDePlusieursEntites_UneLigneParEntiteSousUnSeulMessage()
    {
        using var admin = await Factory.AdminClientAsync();
        var fiche = (await (await admin.PostJsonAsync("/api/fiches", new
            {
                type = "personne", nom = $"Groupe{Guid.NewGuid():N}"[..12], prenom = "Test",
                adresses = new[] { new { type = "domicile", rue = "Rue du Bourg", numero = "12", npa = "1003", localite = "Lausanne", valideDu = "2000-01-01" } },
            }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Factory.DrainMessagesAsync();
        var table = Sql.Table(Factory.Database, "journal", "mutation");

        // The fiche and its address were saved together: one audit message, one chained line for each.
        var lignes = await Sql.ScalarAsync(Factory.Database, $"""
            SELECT count(*) FROM {table} WHERE message_id = (SELECT message_id FROM {table} WHERE entite = 'Fiche' AND entite_id = '{fiche}')
            """);
        Assert.True(lignes >= 2, $"{lignes} line(s) under the fiche's audit message");
        Assert.Equal(1, await JournalDeBordApiTests.TotalAsync(admin, $"/api/mutations?module=fiches&entite=Fiche&entiteId={fiche}"));
        Assert.True((await (await admin.GetAsync("/api/mutations/verification")).JsonAsync()).GetProperty("intacte").GetBoolean());
    }

    [Fact]
    public async Task Mutations_MessageDUneVersionPrecedente_UneEntiteParMessage_Enregistre()
    {
        using var admin = await Factory.AdminClientAsync();
        var entiteId = Guid.NewGuid().ToString();
        var ancien = new MutationEnregistreeIntegrationEvent(
            "fiches", "Fiche", entiteId, OperationMutation.Modification, null, "ancienne-version@socialerp.local",
            new DateTime(2026, 11, 20, 8, 30, 0, DateTimeKind.Utc), [new ChangementChamp("Nom", "Avant", "Apres")]);

        await DossiersDeTest.PublierAsync(Factory, "fiches", ancien);

        var ligne = Assert.Single((await (await admin.GetAsync($"/api/mutations?entiteId={entiteId}")).JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal("modification", ligne.GetProperty("operation").GetString());
        Assert.Equal("ancienne-version@socialerp.local", ligne.GetProperty("utilisateurEmail").GetString());
        Assert.True((await (await admin.GetAsync("/api/mutations/verification")).JsonAsync()).GetProperty("intacte").GetBoolean());
    }

    private static async Task<Guid> CreerFicheAsync(HttpClient client, string nom) =>
        (await (await client.PostJsonAsync("/api/fiches", new { type = "personne", nom = $"{nom}{Guid.NewGuid():N}"[..(nom.Length + 6)], prenom = "Test" }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private Task<Guid> ServiceAsync() => Factory.CreateServiceAsync($"M{Guid.NewGuid():N}"[..10]);
}

[Trait("Category", "Integration")]
public sealed class MutationsApiTestsSqlite(SqliteApiFixture fixture) : MutationsApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class MutationsApiTestsPostgreSql(PostgreSqlApiFixture fixture) : MutationsApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
