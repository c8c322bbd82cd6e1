using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Tests;

/// <summary>An undone merge gives back only what is still as the merge left it.</summary>
public sealed class RestaurationFusionTests
{
    private static readonly DateTime Maintenant = new(2026, 11, 23, 20, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Ouverture = new(2026, 1, 1);
    private readonly Guid _absorbee = Guid.NewGuid();
    private readonly Guid _conservee = Guid.NewGuid();

    [Fact]
    public void RestaurerFiche_UniteAllocationRemplaceeDepuis_MembreRenduMaisConserveeGardeSesPeriodes()
    {
        var dossier = Dossier.Ouvrir(
            "2026-00001", new DonneesDossier("Test", null, "WSH", null), [new MembreSaisi(_absorbee, "requerant")], Ouverture, null, null, Maintenant, null);
        var reprise = dossier.RepointerFiche(_absorbee, _conservee, Maintenant)!;
        Assert.True(dossier.RemplacerUniteAllocation([new PeriodeSaisie(_conservee, "requerant", Ouverture, null)], Maintenant).IsSuccess);

        Assert.True(dossier.RestaurerFiche(reprise, _absorbee, _conservee, Maintenant));

        Assert.Equal(new[] { _absorbee, _conservee }.Order(), dossier.Membres.Select(m => m.FicheId).Order());
        Assert.Equal(_conservee, Assert.Single(dossier.PeriodesUa).FicheId);
    }

    [Fact]
    public void RestaurerFiche_RestaureeDeuxFois_LaSecondeNeChangeRien()
    {
        var dossier = Dossier.Ouvrir(
            "2026-00002", new DonneesDossier("Test", null, "WSH", null), [new MembreSaisi(_absorbee, "requerant")], Ouverture, null, null, Maintenant, null);
        var reprise = dossier.RepointerFiche(_absorbee, _conservee, Maintenant)!;
        Assert.True(dossier.RestaurerFiche(reprise, _absorbee, _conservee, Maintenant));
        var version = dossier.VersionUniteAllocation;

        Assert.False(dossier.RestaurerFiche(reprise, _absorbee, _conservee, Maintenant));

        Assert.Equal(_absorbee, Assert.Single(dossier.Membres).FicheId);
        Assert.Equal(_absorbee, Assert.Single(dossier.PeriodesUa).FicheId);
        Assert.Equal(version, dossier.VersionUniteAllocation);
    }

    [Fact]
    public void RestaurerFiche_PartJointeModifieeDepuis_NonSeparee()
    {
        var financement = Financement.Creer(Guid.NewGuid(), Donnees(60m, [(_absorbee, 40m)]), Maintenant).Value;
        var reprise = financement.RepointerFiche(_absorbee, _conservee, Maintenant)!;
        Assert.Equal(100m, financement.PartPrincipale);
        var autre = Guid.NewGuid();
        Assert.True(financement.Definir(Donnees(70m, [(autre, 30m)]), Maintenant).IsSuccess);

        Assert.False(financement.RestaurerFiche(reprise, _absorbee, _conservee, Maintenant));

        Assert.Equal(70m, financement.PartPrincipale);
        Assert.Equal(autre, Assert.Single(financement.CoFinanceurs).FicheId);
    }

    [Fact]
    public void RestaurerFiche_PartJointeAuPrincipal_SepareeUneSeuleFois()
    {
        var financement = Financement.Creer(Guid.NewGuid(), Donnees(60m, [(_absorbee, 40m)]), Maintenant).Value;
        var reprise = financement.RepointerFiche(_absorbee, _conservee, Maintenant)!;

        Assert.True(financement.RestaurerFiche(reprise, _absorbee, _conservee, Maintenant));
        Assert.False(financement.RestaurerFiche(reprise, _absorbee, _conservee, Maintenant));

        Assert.Equal(60m, financement.PartPrincipale);
        Assert.Equal((_absorbee, 40m), (Assert.Single(financement.CoFinanceurs).FicheId, financement.CoFinanceurs[0].Part));
    }

    private DonneesFinancement Donnees(decimal partPrincipale, IReadOnlyList<(Guid FicheId, decimal Part)> coFinanceurs) => new(
        null, null, null, null, null, _conservee, TypesFinanceur.Mixte, ModesMontant.Forfait, 900m, Repartitions.Pourcentage, partPrincipale, coFinanceurs);
}
