using System.Net;
using SocialErp.IntegrationTests.Fiches;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Dossiers.DossiersTestData;

namespace SocialErp.IntegrationTests.Dossiers;

/// <summary>
/// A merge of fiches undone through HTTP: the dossiers give the absorbed fiche back exactly what the merge moved
/// (members, allocation-unit periods split back, placements, contacts, funders), keep on the kept fiche what was added
/// after the merge, republish their allocation unit and access, and ignore redeliveries.
/// </summary>
public abstract class DefusionsDossiersApiTests(DossiersEvenementsFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Defusion_MembrePeriodeUaEtPlacement_RevenusALAbsorbeeEtUaRepubliee()
    {
        using var client = await Factory.AdminClientAsync();
        var place = await PlaceAsync(client);
        var (id, absorbee) = await DossierSimpleAsync(client, "Defusion");
        var conservee = await FicheAsync(client, "Defusion");
        (await client.PostJsonAsync($"/api/dossiers/{id}/placements", new { ficheId = absorbee, placeCode = place, du = "2026-01-01", tauxOccupation = 100, jours = new[] { "lundi" } }))
            .EnsureSuccessStatusCode();
        var fusion = await FusionnerAsync(client, conservee, absorbee);
        Assert.Equal([conservee], await MembresAsync(client, id));
        var ouvertApres = (await DossierAsync(client, "Ouvert après la fusion", (conservee, "requerant"))).GetProperty("id").GetGuid();

        await DefusionnerAsync(client, fusion);

        Assert.Equal([absorbee], await MembresAsync(client, id));
        Assert.Equal([(absorbee, "requerant", "2026-01-01", (string?)null)], await PeriodesAsync(client, id));
        var placement = Assert.Single((await (await client.GetAsync($"/api/dossiers/{id}/placements")).JsonAsync()).EnumerateArray());
        Assert.Equal(absorbee, placement.GetProperty("ficheId").GetGuid());
        Assert.Equal([conservee], await MembresAsync(client, ouvertApres));
        Assert.Equal([id], await DossiersDeAsync(client, absorbee));
        Assert.Equal([ouvertApres], await DossiersDeAsync(client, conservee));
        var ua = fixture.Probe.De<UniteAllocationModifieeIntegrationEvent>(id).MaxBy(e => e.Version)!;
        Assert.Equal(3, ua.Version);
        Assert.Equal(absorbee, Assert.Single(ua.Periodes).FicheId);
        var acces = fixture.Probe.De<AccesDossierModifieIntegrationEvent>(id).MaxBy(e => e.Version)!;
        Assert.Equal([absorbee], acces.FicheIds);
    }

    [Fact]
    public async Task Defusion_DeuxMembresDuMemeDossier_MembresEtPeriodesSeparesCommeAvant()
    {
        using var client = await Factory.AdminClientAsync();
        var conservee = await FicheAsync(client, "Garde");
        var absorbee = await FicheAsync(client, "Partie");
        var id = (await DossierAsync(client, "Couple", (conservee, "requerant"), (absorbee, "conjoint"))).GetProperty("id").GetGuid();
        (await client.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/unite-allocation", new
        {
            periodes = new object[]
            {
                new { ficheId = conservee, role = "requerant", du = "2026-01-01", au = "2026-12-31" },
                new { ficheId = absorbee, role = "conjoint", du = "2026-02-01", au = "2026-06-30" },
                new { ficheId = absorbee, role = "requerant", du = "2027-01-01" },
            },
        })).EnsureSuccessStatusCode();
        var membresAvant = await MembresRolesAsync(client, id);
        var periodesAvant = await PeriodesAsync(client, id);

        var fusion = await FusionnerAsync(client, conservee, absorbee);
        Assert.Equal([conservee], await MembresAsync(client, id));
        Assert.Equal(
            [(conservee, "requerant", "2026-01-01", "2026-12-31"), (conservee, "requerant", "2027-01-01", null)],
            await PeriodesAsync(client, id));

        await DefusionnerAsync(client, fusion);

        Assert.Equal(membresAvant, await MembresRolesAsync(client, id));
        Assert.Equal(periodesAvant, await PeriodesAsync(client, id));
        var ua = fixture.Probe.De<UniteAllocationModifieeIntegrationEvent>(id).MaxBy(e => e.Version)!;
        Assert.Equal(3, ua.Periodes.Count);
        Assert.Equal(2, ua.Periodes.Count(p => p.FicheId == absorbee));

        // The ledger's unit follows both the republished snapshot and its own undoing of the merge.
        var membresCompta = await (await client.GetAsync($"/api/comptabilite/unites-allocation/{id}/membres")).JsonAsync();
        Assert.Equal(
            [(conservee, "2026-01-01", "2026-12-31"), (absorbee, "2026-02-01", "2026-06-30"), (absorbee, "2027-01-01", null)],
            membresCompta.EnumerateArray()
                .Select(m => (m.GetProperty("ficheId").GetGuid(), m.GetProperty("du").GetString(), m.GetProperty("au").GetString()))
                .OrderBy(m => m.Item1 == absorbee).ThenBy(m => m.Item2));
    }

    [Fact]
    public async Task Defusion_ContactsEtFinancements_RevenusSaufCeQuiEstNeSurLaConservee()
    {
        using var client = await Factory.AdminClientAsync();
        var conservee = await FicheAsync(client, "Financeur", "financeur", "employeur");
        var absorbee = await FicheAsync(client, "Financeur", "financeur", "employeur");
        var (partage, _) = await DossierSimpleAsync(client, "Partage");
        var (seul, _) = await DossierSimpleAsync(client, "Seul");
        var contactDouble = await ContactAsync(client, partage, absorbee);
        await ContactAsync(client, partage, conservee);
        var contactSeul = await ContactAsync(client, seul, absorbee);
        await FinancerAsync(client, partage, conservee, new { ficheId = absorbee, part = 40m });
        await FinancerAsync(client, seul, absorbee);

        var fusion = await FusionnerAsync(client, conservee, absorbee);
        Assert.Equal([conservee], (await ContactsAsync(client, partage)).Select(c => c.FicheId));
        var fusionne = await (await client.GetAsync($"/api/dossiers/{partage}/financement")).JsonAsync();
        Assert.Empty(fusionne.GetProperty("coFinanceurs").EnumerateArray());
        Assert.Equal(100m, fusionne.GetProperty("partPrincipale").GetDecimal());
        var (apres, _) = await DossierSimpleAsync(client, "Après");
        await ContactAsync(client, apres, conservee);

        await DefusionnerAsync(client, fusion);

        Assert.Equal([(contactDouble, absorbee)], (await ContactsAsync(client, partage)).Where(c => c.FicheId != conservee).Select(c => (c.Id, c.FicheId)));
        Assert.Equal(2, (await ContactsAsync(client, partage)).Count);
        Assert.Equal([(contactSeul, absorbee)], (await ContactsAsync(client, seul)).Select(c => (c.Id, c.FicheId)));
        Assert.Equal([conservee], (await ContactsAsync(client, apres)).Select(c => c.FicheId));
        var separe = await (await client.GetAsync($"/api/dossiers/{partage}/financement")).JsonAsync();
        Assert.Equal(conservee, separe.GetProperty("financeurPrincipalId").GetGuid());
        Assert.Equal(60m, separe.GetProperty("partPrincipale").GetDecimal());
        var coFinanceur = Assert.Single(separe.GetProperty("coFinanceurs").EnumerateArray());
        Assert.Equal((absorbee, 40m), (coFinanceur.GetProperty("ficheId").GetGuid(), coFinanceur.GetProperty("part").GetDecimal()));
        var rendu = await (await client.GetAsync($"/api/dossiers/{seul}/financement")).JsonAsync();
        Assert.Equal(absorbee, rendu.GetProperty("financeurPrincipalId").GetGuid());
    }

    [Fact]
    public async Task Defusion_RedelivreeOuFusionRedelivreeApres_NeChangeRienDePlus()
    {
        using var client = await Factory.AdminClientAsync();
        var (id, absorbee) = await DossierSimpleAsync(client, "Redelivree");
        var conservee = await FicheAsync(client, "Redelivree");
        var fusion = await FusionnerAsync(client, conservee, absorbee);
        await DefusionnerAsync(client, fusion);
        var dossierAvant = (await (await client.GetAsync($"/api/dossiers/{id}")).JsonAsync()).GetRawText();
        var evenementsAvant = fixture.Probe.De<UniteAllocationModifieeIntegrationEvent>(id).Count;

        await PublierAsync(Factory, "fiches", new FichesDefusionneesIntegrationEvent(fusion, conservee, absorbee, []));
        await PublierAsync(Factory, "fiches", new FichesFusionneesIntegrationEvent(conservee, absorbee, []) { FusionId = fusion });

        Assert.Equal(dossierAvant, (await (await client.GetAsync($"/api/dossiers/{id}")).JsonAsync()).GetRawText());
        Assert.Equal([absorbee], await MembresAsync(client, id));
        Assert.Equal(evenementsAvant, fixture.Probe.De<UniteAllocationModifieeIntegrationEvent>(id).Count);
    }

    private async Task<Guid> FusionnerAsync(HttpClient client, Guid conservee, Guid absorbee)
    {
        await Factory.DrainMessagesAsync();
        var fusion = await FusionsDeTest.FusionnerAsync(client, conservee, absorbee);
        await Factory.DrainMessagesAsync();
        return fusion;
    }

    private async Task DefusionnerAsync(HttpClient client, Guid fusion)
    {
        await FusionsDeTest.AnnulerAsync(client, fusion);
        await Factory.DrainMessagesAsync();
    }

    private static async Task<string> PlaceAsync(HttpClient client)
    {
        var code = FichesTestData.Marqueur("DEF").ToUpperInvariant();
        (await client.PostJsonAsync("/api/parametres/structures", new
        {
            code, libelle = "Atelier", type = "atelier", places = new[] { new { code = $"{code}-1", libelle = "Place 1" } },
        })).EnsureSuccessStatusCode();
        return $"{code}-1";
    }

    private static async Task<Guid> ContactAsync(HttpClient client, Guid dossier, Guid fiche) =>
        (await (await client.PostJsonAsync($"/api/dossiers/{dossier}/contacts", new { role = "employeur", ficheId = fiche })).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

    private static async Task<List<(Guid Id, Guid FicheId)>> ContactsAsync(HttpClient client, Guid dossier) =>
        (await (await client.GetAsync($"/api/dossiers/{dossier}/contacts")).JsonAsync()).EnumerateArray()
            .Select(c => (c.GetProperty("id").GetGuid(), c.GetProperty("ficheId").GetGuid())).ToList();

    private static async Task FinancerAsync(HttpClient client, Guid dossier, Guid principal, object? coFinanceur = null) =>
        (await client.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{dossier}/financement", coFinanceur is null
            ? new { financeurPrincipalId = principal, typeFinanceur = "prive", modeMontant = "forfait", montant = 900m }
            : new
            {
                financeurPrincipalId = principal, typeFinanceur = "mixte", modeMontant = "forfait", montant = 900m, repartition = "pourcentage",
                partPrincipale = 60m, coFinanceurs = new[] { coFinanceur },
            })).EnsureSuccessStatusCode();

    private static async Task<List<Guid>> MembresAsync(HttpClient client, Guid dossier) =>
        (await MembresRolesAsync(client, dossier)).Select(m => m.FicheId).ToList();

    private static async Task<List<(Guid FicheId, string? Role)>> MembresRolesAsync(HttpClient client, Guid dossier) =>
        (await (await client.GetAsync($"/api/dossiers/{dossier}")).JsonAsync()).GetProperty("membres").EnumerateArray()
            .Select(m => (m.GetProperty("ficheId").GetGuid(), m.GetProperty("role").GetString())).Order().ToList();

    private static async Task<List<(Guid FicheId, string? Role, string? Du, string? Au)>> PeriodesAsync(HttpClient client, Guid dossier) =>
        (await (await client.GetAsync($"/api/dossiers/{dossier}/unite-allocation")).JsonAsync()).GetProperty("periodes").EnumerateArray()
            .Select(p => (p.GetProperty("ficheId").GetGuid(), p.GetProperty("role").GetString(), p.GetProperty("du").GetString(), p.GetProperty("au").GetString()))
            .ToList();

    private static async Task<List<Guid>> DossiersDeAsync(HttpClient client, Guid fiche) =>
        (await (await client.GetAsync($"/api/dossiers?ficheId={fiche}")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(d => d.GetProperty("id").GetGuid()).ToList();
}

[Trait("Category", "Integration")]
public sealed class DefusionsDossiersApiTestsSqlite(SqliteDossiersEvenementsFixture fixture)
    : DefusionsDossiersApiTests(fixture), IClassFixture<SqliteDossiersEvenementsFixture>;

[Trait("Category", "PostgreSql")]
public sealed class DefusionsDossiersApiTestsPostgreSql(PostgreSqlDossiersEvenementsFixture fixture)
    : DefusionsDossiersApiTests(fixture), IClassFixture<PostgreSqlDossiersEvenementsFixture>;
