using System.Net;
using SocialErp.IntegrationTests.Fiches;
using SocialErp.IntegrationTests.Messaging;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Ged.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Journal;

/// <summary>
/// A fiche's journal follows an un-merge: the entries the merge moved to the kept fiche go back to the absorbed one,
/// entries written on the kept fiche since stay, both fiches note the un-merge, and a redelivery changes nothing more.
/// </summary>
public abstract class DefusionJournalApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Defusion_EntreesDeplaceesParLaFusion_RetournentSurLAbsorbeeEtLesPosterieuresRestent()
    {
        using var admin = await Factory.AdminClientAsync();
        var conservee = await FicheAsync(admin, "Garde");
        var absorbee = await FicheAsync(admin, "Partie");
        await DocumentAsync([absorbee], "Certificat de l'absorbée");
        await DocumentAsync([absorbee, conservee], "Courrier aux deux");
        var entreesAbsorbee = await EntreesAsync(admin, absorbee);
        var entreesConservee = await EntreesAsync(admin, conservee);
        var fusion = await FusionsDeTest.FusionnerAsync(admin, conservee, absorbee);
        await Factory.DrainMessagesAsync();
        var fusionnee = await EntreesAsync(admin, conservee);
        Assert.Equal(entreesAbsorbee.Count - 1 + entreesConservee.Count + 1, fusionnee.Count);
        await DocumentAsync([conservee], "Décision postérieure");
        var posterieure = (await EntreesAsync(admin, conservee)).Select(e => e.Id).Except(fusionnee.Select(e => e.Id)).Single();

        await FusionsDeTest.AnnulerAsync(admin, fusion);
        await Factory.DrainMessagesAsync();

        var absorbeeApres = await EntreesAsync(admin, absorbee);
        var conserveeApres = await EntreesAsync(admin, conservee);
        var courrierAbsorbee = entreesAbsorbee.Single(e => e.Type == "document" && fusionnee.All(f => f.Id != e.Id));
        Assert.Equal(
            entreesAbsorbee.Select(e => (e.Id, e == courrierAbsorbee ? e.Version : e.Version + 2)).Order(),
            absorbeeApres.Where(e => e.Type != "defusion").Select(e => (e.Id, e.Version)).Order());
        Assert.Single(absorbeeApres, e => e.Type == "defusion");
        Assert.Equal(
            entreesConservee.Select(e => e.Id).Append(posterieure).Order(),
            conserveeApres.Where(e => e.Type is not ("fusion" or "defusion")).Select(e => e.Id).Order());
        Assert.Single(conserveeApres, e => e.Type == "fusion");
        Assert.Single(conserveeApres, e => e.Type == "defusion");
    }

    [Fact]
    public async Task Defusion_Redelivree_MemeApresUneNouvelleFusion_NeChangeRienDePlus()
    {
        using var admin = await Factory.AdminClientAsync();
        var conservee = await FicheAsync(admin, "Garde");
        var absorbee = await FicheAsync(admin, "Partie");
        await DocumentAsync([absorbee], "Attestation");
        var fusion = await FusionsDeTest.FusionnerAsync(admin, conservee, absorbee);
        await Factory.DrainMessagesAsync();
        await FusionsDeTest.AnnulerAsync(admin, fusion);
        await Factory.DrainMessagesAsync();
        var defusion = await Redelivraison.DernierPublieAsync<FichesDefusionneesIntegrationEvent>(Factory, "fiches", $"fiche:{conservee}");
        var absorbeeAvant = await EntreesAsync(admin, absorbee);
        var conserveeAvant = await EntreesAsync(admin, conservee);

        await Redelivraison.RedelivrerAsync(Factory, "journal", defusion);

        Assert.Equal(absorbeeAvant, await EntreesAsync(admin, absorbee));
        Assert.Equal(conserveeAvant, await EntreesAsync(admin, conservee));

        await FusionsDeTest.FusionnerAsync(admin, conservee, absorbee);
        await Factory.DrainMessagesAsync();
        var refusionnee = await EntreesAsync(admin, conservee);
        await Redelivraison.RedelivrerAsync(Factory, "journal", defusion);

        Assert.Equal(refusionnee, await EntreesAsync(admin, conservee));
        // The absorbed fiche's own "défusion" entry stays on it: the kept fiche has its entry for the same event.
        Assert.Superset(absorbeeAvant.Where(e => e.Type != "defusion").Select(e => e.Id).ToHashSet(), refusionnee.Select(e => e.Id).ToHashSet());
    }

    [Fact]
    public async Task Defusion_EntreesRendues_LisiblesDeNouveauParLeServiceDeLAbsorbeeSeulement()
    {
        using var admin = await Factory.AdminClientAsync();
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("S")));
        using var _a = assistant;
        var conservee = await FicheAsync(admin, "Garde");
        var absorbee = await FicheAsync(assistant, "Partie");
        await DocumentAsync([absorbee], "Rapport social");
        var entreesAbsorbee = await EntreesAsync(assistant, absorbee);
        var fusion = await FusionsDeTest.FusionnerAsync(admin, conservee, absorbee);
        await Factory.DrainMessagesAsync();

        await FusionsDeTest.AnnulerAsync(admin, fusion);
        await Factory.DrainMessagesAsync();

        Assert.Superset(entreesAbsorbee.Select(e => e.Id).ToHashSet(), (await EntreesAsync(assistant, absorbee)).Select(e => e.Id).ToHashSet());
        await (await assistant.GetAsync($"/api/journal?cibleType=fiche&cibleId={conservee}")).AssertProblemAsync(HttpStatusCode.NotFound, "journal.cible-introuvable");
        Assert.DoesNotContain(await EntreesAsync(admin, conservee), e => entreesAbsorbee.Any(a => a.Id == e.Id));
    }

    private static async Task<Guid> FicheAsync(HttpClient client, string nom) =>
        (await (await client.PostJsonAsync("/api/fiches", new { type = "personne", nom = FichesTestData.Marqueur(nom), prenom = "J" }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>A document added on fiches in the GED: the Journal notes it in the journal of each.</summary>
    private Task DocumentAsync(Guid[] fiches, string titre) =>
        DossiersDeTest.PublierAsync(Factory, "ged", new DocumentAjouteIntegrationEvent(
            Guid.NewGuid(), 1, titre, "certificat", "entrant", fiches.Select(f => new CibleDocument("fiche", f)).ToList(), null));

    private static async Task<List<Entree>> EntreesAsync(HttpClient client, Guid fiche) =>
        (await (await client.GetAsync($"/api/journal?cibleType=fiche&cibleId={fiche}&pageSize=100")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(e => new Entree(e.GetProperty("id").GetGuid(), e.GetProperty("type").GetString()!, e.GetProperty("version").GetInt64()))
            .OrderBy(e => e.Id)
            .ToList();

    private sealed record Entree(Guid Id, string Type, long Version);
}

[Trait("Category", "Integration")]
public sealed class DefusionJournalApiTestsSqlite(SqliteApiFixture fixture) : DefusionJournalApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class DefusionJournalApiTestsPostgreSql(PostgreSqlApiFixture fixture) : DefusionJournalApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
