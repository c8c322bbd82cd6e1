using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Features.Facturation.Seances;

namespace SocialErp.Modules.Comptabilite.Tests.Facturation;

/// <summary>What a month's run bills: due now minus what the movements add up to, per session and funder.</summary>
[Trait("Category", "Unit")]
public sealed class DifferencesSeancesTests
{
    private static readonly Guid Canton = Guid.NewGuid();
    private static readonly Guid Fondation = Guid.NewGuid();
    private static readonly DateOnly Jour = new(2025, 3, 3);

    [Fact]
    public void Calculer_SeanceNouvelleRaccourcieEtAnnulee_FactureLaNouvelleEtCrediteLeReste()
    {
        var nouvelle = Guid.NewGuid();
        var raccourcie = Guid.NewGuid();
        var annulee = Guid.NewGuid();

        var differences = DifferencesSeances.Calculer(
            [Du(nouvelle, Canton, 2m, 120m), Du(raccourcie, Canton, 1.5m, 90m)],
            [Deja(raccourcie, Canton, 2m, 120m), Deja(annulee, Canton, 2m, 120m, mouvements: 2)],
            new HashSet<Guid>());

        var parObjet = differences.ToDictionary(d => d.ObjetId);
        Assert.Equal(3, differences.Count);
        Assert.Equal((120m, 2m, 1), (parObjet[nouvelle].Montant, parObjet[nouvelle].Heures, parObjet[nouvelle].Rang));
        Assert.True(parObjet[nouvelle].Nouvelle);
        Assert.Equal((-30m, -0.5m, 2), (parObjet[raccourcie].Montant, parObjet[raccourcie].Heures, parObjet[raccourcie].Rang));
        Assert.Equal((-120m, -2m, 3), (parObjet[annulee].Montant, parObjet[annulee].Heures, parObjet[annulee].Rang));
    }

    [Fact]
    public void Calculer_RienNaChange_AucuneDifference()
    {
        var seance = Guid.NewGuid();

        var differences = DifferencesSeances.Calculer(
            [Du(seance, Canton, 2m, 102.42m), Du(seance, Fondation, 2m, 68.28m)],
            [Deja(seance, Canton, 2m, 102.42m), Deja(seance, Fondation, 2m, 68.28m)],
            new HashSet<Guid>());

        Assert.Empty(differences);
    }

    [Fact]
    public void Calculer_FinanceurRetireEtObjetLaisse_CrediteLeRetireSeulementEtJamaisPlusQueFacture()
    {
        var seance = Guid.NewGuid();
        var laissee = Guid.NewGuid();

        var differences = DifferencesSeances.Calculer(
            [Du(seance, Canton, 2m, 170.70m)],
            [Deja(seance, Canton, 2m, 102.42m), Deja(seance, Fondation, 2m, 68.28m), Deja(laissee, Canton, 1m, 50m)],
            new HashSet<Guid> { laissee });

        Assert.Equal([(Canton, 68.28m), (Fondation, -68.28m)], differences.OrderBy(d => d.Montant < 0).Select(d => (d.FinanceurId, d.Montant)));
        Assert.DoesNotContain(differences, d => d.ObjetId == laissee);
    }

    [Fact]
    public void Calculer_MontantDuAuDelaDuCentime_ArrondiAuCentime()
    {
        var seance = Guid.NewGuid();

        var difference = Assert.Single(DifferencesSeances.Calculer([Du(seance, Canton, 1m, 33.335m)], [], new HashSet<Guid>()));

        Assert.Equal(33.34m, difference.Montant);
    }

    private static DuSeance Du(Guid objet, Guid financeur, decimal heures, decimal montant) =>
        new(objet, financeur, MouvementSeance.NatureSeance, "2025-03", Jour, 2m, heures, montant);

    private static DejaFacture Deja(Guid objet, Guid financeur, decimal heures, decimal montant, int mouvements = 1) =>
        new(objet, financeur, MouvementSeance.NatureSeance, Jour, heures, montant, mouvements);
}
