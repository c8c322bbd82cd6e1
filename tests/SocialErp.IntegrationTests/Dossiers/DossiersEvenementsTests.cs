using System.Net;
using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using static SocialErp.IntegrationTests.Dossiers.DossiersTestData;

namespace SocialErp.IntegrationTests.Dossiers;

/// <summary>
/// The events Dossiers publishes reach a subscriber with complete, versioned snapshots; the events it consumes
/// (fiche merges, ordinary payments) change what it answers.
/// </summary>
public abstract class DossiersEvenementsTests(DossiersEvenementsFixture fixture)
{
    private DossiersEvenementsProbe Probe => fixture.Probe;

    [Fact]
    public async Task Evenements_CycleDUnDossier_PubliesEtConsommes()
    {
        var factory = fixture.Factory;
        using var client = await factory.AdminClientAsync();
        var requerant = await FicheAsync(client, "Evenements");
        var enfant = await FicheAsync(client, "Enfant");
        var dossier = await DossierAsync(client, "Evenements", (requerant, "requerant"));
        var id = dossier.GetProperty("id").GetGuid();
        var serviceB = await factory.CreateServiceAsync(SocialErp.IntegrationTests.Fiches.FichesTestData.Marqueur("T"));

        (await client.SendJsonAsync(HttpMethod.Patch, $"/api/dossiers/{id}", new { nom = "Evenements modifié", communeDomicile = 6153 })).EnsureSuccessStatusCode();
        (await client.PostJsonAsync($"/api/dossiers/{id}/fiches", new { ficheId = enfant, role = "enfant" })).EnsureSuccessStatusCode();
        (await client.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/unite-allocation", new
        {
            periodes = new object[]
            {
                new { ficheId = requerant, role = "requerant", du = "2026-01-01" },
                new { ficheId = enfant, role = "enfant", du = "2026-03-01" },
            },
        })).EnsureSuccessStatusCode();
        (await client.PostJsonAsync($"/api/dossiers/{id}/transferts", new { serviceId = serviceB, date = "2026-04-01" })).EnsureSuccessStatusCode();
        (await client.PostJsonAsync($"/api/dossiers/{id}/cloture", new { date = "2026-10-31", motif = "Fin du droit" })).EnsureSuccessStatusCode();
        await factory.DrainMessagesAsync();

        var ouvert = Assert.Single(Probe.De<DossierOuvertIntegrationEvent>(id));
        Assert.Equal(dossier.GetProperty("numero").GetString(), ouvert.Numero);
        Assert.Equal(requerant, Assert.Single(ouvert.Membres).FicheId);
        var modifie = Assert.Single(Probe.De<DossierModifieIntegrationEvent>(id));
        Assert.Equal(["nom", "communeDomicile"], modifie.ChampsModifies);
        var ua = Probe.De<UniteAllocationModifieeIntegrationEvent>(id).OrderBy(e => e.Version).ToList();
        Assert.Equal([1L, 2L], ua.Select(e => e.Version));
        Assert.Equal(2, ua[1].Periodes.Count);
        Assert.Contains(ua[1].Periodes, p => p.FicheId == enfant && p.Du == new DateOnly(2026, 3, 1) && p.Au is null);
        var acces = Probe.De<AccesDossierModifieIntegrationEvent>(id).OrderBy(e => e.Version).ToList();
        Assert.Equal([1L, 2L, 3L], acces.Select(e => e.Version));
        Assert.Equal([requerant, enfant], acces[1].FicheIds);
        Assert.Equal(serviceB, acces[2].ServiceId);
        var transfert = Assert.Single(Probe.De<DossierTransfereIntegrationEvent>(id));
        Assert.Equal(serviceB, transfert.NouveauServiceId);
        var statut = Assert.Single(Probe.De<DossierStatutModifieIntegrationEvent>(id));
        Assert.Equal(("ouvert", "clos", new DateOnly(2026, 10, 31)), (statut.AncienStatut, statut.NouveauStatut, statut.Date));
    }

    [Fact]
    public async Task PaiementsOrdinaires_DernierRetenu_CloturePropoposeeSixMoisPlusTard()
    {
        var factory = fixture.Factory;
        using var client = await factory.AdminClientAsync();
        var (id, fiche) = await DossierSimpleAsync(client, "Paiements");

        await PublierAsync(factory, "comptabilite", new PaiementComptabiliseIntegrationEvent(Guid.NewGuid(), id, fiche, new DateOnly(2026, 3, 25), 1200.00m, true, "Forfait mars"));
        await PublierAsync(factory, "comptabilite", new PaiementComptabiliseIntegrationEvent(Guid.NewGuid(), id, fiche, new DateOnly(2026, 2, 25), 1200.00m, true, "Forfait février (en retard)"));
        await PublierAsync(factory, "comptabilite", new PaiementComptabiliseIntegrationEvent(Guid.NewGuid(), id, fiche, new DateOnly(2026, 5, 2), 80.00m, false, "Frais ponctuels"));

        var lu = await (await client.GetAsync($"/api/dossiers/{id}")).JsonAsync();
        Assert.Equal("2026-03-25", lu.GetProperty("dernierPaiementOrdinaire").GetString());
        Assert.Equal("2026-09-25", lu.GetProperty("clotureProposee").GetString());
        var aClore = await (await client.GetAsync($"/api/dossiers?clotureProposeeAvant=2026-09-30&ficheId={fiche}")).JsonAsync();
        Assert.Equal(1, aClore.GetProperty("total").GetInt32());
        var pasEncore = await (await client.GetAsync($"/api/dossiers?clotureProposeeAvant=2026-09-01&ficheId={fiche}")).JsonAsync();
        Assert.Equal(0, pasEncore.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task FichesFusionnees_MembresEtUaRepointes_AccesRepublie()
    {
        var factory = fixture.Factory;
        using var client = await factory.AdminClientAsync();
        var (id, absorbee) = await DossierSimpleAsync(client, "Fusion");
        var conservee = await FicheAsync(client, "Fusion");
        await factory.DrainMessagesAsync();

        (await client.PostJsonAsync("/api/fiches/fusions", new { conserveeId = conservee, absorbeeId = absorbee })).EnsureSuccessStatusCode();
        await factory.DrainMessagesAsync();

        var lu = await (await client.GetAsync($"/api/dossiers/{id}")).JsonAsync();
        Assert.Equal(conservee, Assert.Single(lu.GetProperty("membres").EnumerateArray()).GetProperty("ficheId").GetGuid());
        var ua = await (await client.GetAsync($"/api/dossiers/{id}/unite-allocation")).JsonAsync();
        Assert.Equal(conservee, Assert.Single(ua.GetProperty("periodes").EnumerateArray()).GetProperty("ficheId").GetGuid());
        Assert.Equal(1, (await (await client.GetAsync($"/api/dossiers?ficheId={conservee}")).JsonAsync()).GetProperty("total").GetInt32());
        var acces = Probe.De<AccesDossierModifieIntegrationEvent>(id).MaxBy(e => e.Version)!;
        Assert.Equal([conservee], acces.FicheIds);
        Assert.Equal(2, acces.Version);
    }
}

[Trait("Category", "Integration")]
public sealed class DossiersEvenementsTestsSqlite(SqliteDossiersEvenementsFixture fixture)
    : DossiersEvenementsTests(fixture), IClassFixture<SqliteDossiersEvenementsFixture>;

[Trait("Category", "PostgreSql")]
public sealed class DossiersEvenementsTestsPostgreSql(PostgreSqlDossiersEvenementsFixture fixture)
    : DossiersEvenementsTests(fixture), IClassFixture<PostgreSqlDossiersEvenementsFixture>;
