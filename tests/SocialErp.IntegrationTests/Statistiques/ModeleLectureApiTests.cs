using System.Net;
using System.Net.Http.Json;
using SocialErp.IntegrationTests.Fiches;
using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Statistiques;

/// <summary>The reporting read model: fed by Fiches through its API, by Dossiers and Comptabilité through their contracts; rebuilt from its own log.</summary>
public abstract class ModeleLectureApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    private TestDatabase Database => Factory.Database;

    [Fact]
    public async Task Fiches_CreeeArchiveeFusionnee_ProjeteesParLApi()
    {
        using var client = await Factory.AdminClientAsync();
        var conservee = await CreerFicheAsync(client, "Rochat", "1984-06-02");
        var absorbee = await CreerFicheAsync(client, "Rochatt", "1984-06-02");
        (await client.PostAsync($"/api/fiches/{conservee}/archivage", null)).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();
        var parked = await client.GetStringAsync("/api/admin/messages/parked"); Assert.True(parked == "[]", parked);

        Assert.Equal(1, await ScalarAsync("personne_lecture", $"fiche_id = {G(conservee)} AND nom = 'Rochat' AND date_naissance = '1984-06-02' AND archivee = {Vrai}"));

        (await client.PostAsync($"/api/fiches/{conservee}/reactivation", null)).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();
        var dossier = Guid.NewGuid();
        await EvenementsContrat.PublierAsync(Factory, "dossiers", Ouvert(dossier, "2026-001", absorbee));
        var fusion = await client.PostAsJsonAsync("/api/fiches/fusions", new { conserveeId = conservee, absorbeeId = absorbee });
        Assert.True(fusion.IsSuccessStatusCode, await fusion.Content.ReadAsStringAsync());
        await Factory.DrainMessagesAsync();

        Assert.Equal(1, await ScalarAsync("personne_lecture", $"fiche_id = {G(conservee)} AND archivee = {Faux}"));
        Assert.Equal(1, await ScalarAsync("personne_lecture", $"fiche_id = {G(absorbee)} AND fusionnee_dans = {G(conservee)}"));
        Assert.Equal(1, await ScalarAsync("membre_unite_lecture", $"dossier_id = {G(dossier)} AND fiche_id = {G(conservee)}"));
    }

    [Fact]
    public async Task Fiches_FusionAnnulee_IdentiteLignesEtMembresRevenusMemeApresReconstruction()
    {
        using var client = await Factory.AdminClientAsync();
        var conservee = await CreerFicheAsync(client, "Chappuis", "1979-01-20");
        var absorbee = await CreerFicheAsync(client, "Chapuis", "1979-01-20");
        var dossier = Guid.NewGuid();
        var avantFusion = Ecriture(dossier, absorbee, "2026-02", 310m);
        await EvenementsContrat.PublierAsync(Factory, "dossiers", Ouvert(dossier, "2026-009", absorbee));
        await EvenementsContrat.PublierAsync(Factory, "comptabilite", avantFusion);
        var fusion = await FusionsDeTest.FusionnerAsync(client, conservee, absorbee, new() { ["nom"] = "absorbee" });
        await Factory.DrainMessagesAsync();
        Assert.Equal(1, await ScalarAsync("personne_lecture", $"fiche_id = {G(conservee)} AND nom = 'Chapuis'"));
        var apresFusion = Ecriture(dossier, conservee, "2026-03", 320m);
        await EvenementsContrat.PublierAsync(Factory, "comptabilite", apresFusion);
        Assert.Equal(1, await ScalarAsync("ligne_ecriture_lecture", $"ecriture_id = {G(avantFusion.EcritureId)} AND fiche_id = {G(conservee)}"));

        await FusionsDeTest.AnnulerAsync(client, fusion);
        await Factory.DrainMessagesAsync();
        var retablie = await RetablieAsync();
        Assert.Equal("1|1|1|1|1", retablie);

        await EvenementsContrat.PublierAsync(Factory, "fiches", new FichesDefusionneesIntegrationEvent(fusion, conservee, absorbee, []));
        Assert.Equal(retablie, await RetablieAsync());
        (await client.PostAsync("/api/statistiques/reconstruction", null)).EnsureSuccessStatusCode();
        Assert.Equal(retablie, await RetablieAsync());

        async Task<string> RetablieAsync() => string.Join('|',
            await ScalarAsync("ligne_ecriture_lecture", $"ecriture_id = {G(avantFusion.EcritureId)} AND fiche_id = {G(absorbee)}"),
            await ScalarAsync("ligne_ecriture_lecture", $"ecriture_id = {G(apresFusion.EcritureId)} AND fiche_id = {G(conservee)}"),
            await ScalarAsync("membre_unite_lecture", $"dossier_id = {G(dossier)} AND fiche_id = {G(absorbee)}"),
            await ScalarAsync("personne_lecture", $"fiche_id = {G(absorbee)} AND fusionnee_dans IS NULL AND archivee = {Faux}"),
            await ScalarAsync("personne_lecture", $"fiche_id = {G(conservee)} AND nom = 'Chappuis'"));
    }

    [Fact]
    public async Task Dossier_EvenementsDeContrat_ProjetesEtSnapshotsAppliquesSeulementPlusRecents()
    {
        var dossier = Guid.NewGuid();
        var (requerant, enfant) = (Guid.NewGuid(), Guid.NewGuid());
        var uaV2 = new UniteAllocationModifieeIntegrationEvent(dossier, 2,
        [
            new PeriodeUniteAllocation(requerant, "requerant", new DateOnly(2026, 1, 1), null),
            new PeriodeUniteAllocation(enfant, "enfant", new DateOnly(2026, 3, 1), null),
        ]);
        var uaV1Tardive = new UniteAllocationModifieeIntegrationEvent(dossier, 1, [new PeriodeUniteAllocation(requerant, "requerant", new DateOnly(2026, 1, 1), null)]);

        await EvenementsContrat.PublierAsync(Factory, "dossiers",
            Ouvert(dossier, "2026-002", requerant),
            uaV2,
            uaV1Tardive,
            new DossierModifieIntegrationEvent(dossier, "2026-002", "Dossier Favre", "ALBV", 5586, ["prestation"]),
            new DossierStatutModifieIntegrationEvent(dossier, "ouvert", "clos", new DateOnly(2026, 9, 30), "six-mois"),
            new SeanceModifieeIntegrationEvent(Guid.NewGuid(), dossier, new DateTime(2026, 2, 3, 9, 0, 0, DateTimeKind.Utc), new DateTime(2026, 2, 3, 10, 30, 0, DateTimeKind.Utc), 1.5m, "realisee", "present"));
        await EvenementsContrat.PublierAsync(Factory, "comptabilite",
            new PaiementComptabiliseIntegrationEvent(Guid.NewGuid(), dossier, requerant, new DateOnly(2026, 3, 25), 1200m, true, "Forfait mars"),
            new PaiementComptabiliseIntegrationEvent(Guid.NewGuid(), dossier, requerant, new DateOnly(2026, 3, 28), 80m, false, "Frais"),
            Ecriture(dossier, requerant, "2026-03", 1200m));

        Assert.Equal(2, await ScalarAsync("membre_unite_lecture", $"dossier_id = {G(dossier)}"));
        Assert.Equal(1, await ScalarAsync("dossier_lecture",
            $"dossier_id = {G(dossier)} AND prestation = 'ALBV' AND commune_domicile = 5586 AND statut = 'clos' AND date_sortie = '2026-09-30' "
            + "AND dernier_paiement_ordinaire = '2026-03-25' AND version_unite_allocation = 2"));
        Assert.Equal(1, await ScalarAsync("ligne_ecriture_lecture", $"dossier_id = {G(dossier)} AND genre_compte = 'charge' AND periode = '2026-03'"));
        Assert.Equal(1, await ScalarAsync("seance_lecture", $"dossier_id = {G(dossier)} AND CAST(duree_heures AS REAL) = 1.5"));
    }

    [Fact]
    public async Task Redelivraison_MemeEvenement_RienEnDouble()
    {
        var dossier = Guid.NewGuid();
        var requerant = Guid.NewGuid();
        var ecriture = Ecriture(dossier, requerant, "2026-04", 500m);
        var ouvert = Ouvert(dossier, "2026-003", requerant);
        var paiement = new PaiementComptabiliseIntegrationEvent(ecriture.EcritureId, dossier, requerant, new DateOnly(2026, 4, 15), 500m, true, "Aide 2026-04");
        await EvenementsContrat.PublierAsync(Factory, "dossiers", ouvert);
        await EvenementsContrat.PublierAsync(Factory, "comptabilite", ecriture, paiement);

        await EvenementsContrat.RedelivrerAsync(Factory, ecriture);
        await EvenementsContrat.RedelivrerAsync(Factory, ouvert);
        await EvenementsContrat.RedelivrerAsync(Factory, ecriture with { EventId = Guid.NewGuid() });
        await EvenementsContrat.RedelivrerAsync(Factory, paiement);
        await EvenementsContrat.RedelivrerAsync(Factory, paiement with { EventId = Guid.NewGuid() });

        Assert.Equal(2, await ScalarAsync("ligne_ecriture_lecture", $"ecriture_id = {G(ecriture.EcritureId)}"));
        Assert.Equal(1, await ScalarAsync("paiement_lecture", $"paiement_id = {G(paiement.PaiementId)}"));
        Assert.Equal(1, await ScalarAsync("membre_unite_lecture", $"dossier_id = {G(dossier)}"));
        Assert.Equal(1, await ScalarAsync("evenement_source", $"event_id = {G(ouvert.EventId)}"));
    }

    [Fact]
    public async Task Reconstruction_TablesAbimees_RejoueLeJournalEtRetrouveLeMemeModele()
    {
        using var admin = await Factory.AdminClientAsync();
        var dossier = Guid.NewGuid();
        var requerant = await CreerFicheAsync(admin, "Reconstruit", "1990-01-01");
        await EvenementsContrat.PublierAsync(Factory, "dossiers",
            Ouvert(dossier, "2026-004", requerant),
            new DossierStatutModifieIntegrationEvent(dossier, "ouvert", "termine", new DateOnly(2026, 5, 31), null));
        await EvenementsContrat.PublierAsync(Factory, "comptabilite", Ecriture(dossier, requerant, "2026-05", 700m));
        var avant = await EmpreinteAsync(dossier, requerant);

        await Sql.ExecuteAsync(Database, $"DELETE FROM {Sql.Table(Database, "statistiques", "dossier_lecture")}");
        await Sql.ExecuteAsync(Database, $"DELETE FROM {Sql.Table(Database, "statistiques", "ligne_ecriture_lecture")} WHERE dossier_id = {G(dossier)}");
        Assert.NotEqual(avant, await EmpreinteAsync(dossier, requerant));

        var reponse = await admin.PostAsync("/api/statistiques/reconstruction", null);
        var resultat = await reponse.JsonAsync();

        Assert.True(resultat.GetProperty("evenementsRejoues").GetInt32() >= 4);
        Assert.Equal(avant, await EmpreinteAsync(dossier, requerant));
    }

    [Theory]
    [InlineData(Metiers.Comptable)]
    [InlineData(Metiers.Integrateur)]
    public async Task Reconstruction_SansDroitDEcriture_Returns403(string metier)
    {
        var (client, _) = await Factory.UserClientAsync(metier);
        using (client)
        {
            var reponse = await client.PostAsync("/api/statistiques/reconstruction", null);
            Assert.Equal(HttpStatusCode.Forbidden, reponse.StatusCode);
        }
    }

    [Fact]
    public async Task Reconstruction_Anonyme_Returns401()
    {
        using var client = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/statistiques/reconstruction", null)).StatusCode);
    }

    internal static DossierOuvertIntegrationEvent Ouvert(Guid dossier, string numero, Guid requerant) =>
        new(dossier, numero, $"Dossier {numero}", "WSH", 5586, null, new DateOnly(2026, 1, 1), [new MembreDossier(requerant, "requerant")]);

    internal static EcriturePasseeIntegrationEvent Ecriture(Guid dossier, Guid fiche, string periode, decimal montant) =>
        new(Guid.NewGuid(), DateOnly.ParseExact(periode + "-15", "yyyy-MM-dd"), periode, "Aide " + periode, null,
        [
            new LigneEcritureComptable("3100", "charge", montant, 0m, fiche, dossier, dossier, 5586, "WSH", "entretien", null),
            new LigneEcritureComptable("1020", "banque", 0m, montant, null, null, null, null, null, null, null),
        ]);

    private string Vrai => Database.Provider == SocialErp.BuildingBlocks.Persistence.DatabaseProvider.PostgreSql ? "true" : "1";

    private string Faux => Database.Provider == SocialErp.BuildingBlocks.Persistence.DatabaseProvider.PostgreSql ? "false" : "0";

    /// <summary>A Guid literal as each provider stores it (EF writes SQLite Guids as upper-case text).</summary>
    private string G(Guid id) => Database.Provider == SocialErp.BuildingBlocks.Persistence.DatabaseProvider.PostgreSql
        ? $"'{id}'" : $"'{id.ToString().ToUpperInvariant()}'";

    private Task<long> ScalarAsync(string table, string where) =>
        Sql.ScalarAsync(Database, $"SELECT COUNT(*) FROM {Sql.Table(Database, "statistiques", table)} WHERE {where}");

    private async Task<string> EmpreinteAsync(Guid dossier, Guid fiche) => string.Join('|',
        await ScalarAsync("dossier_lecture", $"dossier_id = {G(dossier)} AND statut = 'termine' AND date_sortie = '2026-05-31'"),
        await ScalarAsync("membre_unite_lecture", $"dossier_id = {G(dossier)} AND fiche_id = {G(fiche)}"),
        await ScalarAsync("ligne_ecriture_lecture", $"dossier_id = {G(dossier)} AND CAST(debit AS REAL) = 700"),
        await ScalarAsync("personne_lecture", $"fiche_id = {G(fiche)}"));

    internal static async Task<Guid> CreerFicheAsync(HttpClient client, string nom, string dateNaissance)
    {
        var reponse = await client.PostAsJsonAsync("/api/fiches", new { type = "personne", nom, prenom = "Test", dateNaissance });
        return (await reponse.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }
}

[Trait("Category", "Integration")]
public sealed class ModeleLectureApiTestsSqlite(SqliteApiFixture fixture) : ModeleLectureApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class ModeleLectureApiTestsPostgreSql(PostgreSqlApiFixture fixture) : ModeleLectureApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
