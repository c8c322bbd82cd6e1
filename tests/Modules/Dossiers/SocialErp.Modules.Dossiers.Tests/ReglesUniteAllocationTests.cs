using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Tests;

public sealed class ReglesUniteAllocationTests
{
    private static readonly Guid Pere = Guid.NewGuid();
    private static readonly Guid Mere = Guid.NewGuid();
    private static readonly Guid Enfant = Guid.NewGuid();

    [Fact]
    public void Verifier_RequerantQuiChangeSansTrou_Accepte()
    {
        var periodes = new[]
        {
            new PeriodeSaisie(Pere, "requerant", new(2026, 1, 1), new(2026, 5, 31)),
            new PeriodeSaisie(Mere, "conjoint", new(2026, 1, 1), new(2026, 5, 31)),
            new PeriodeSaisie(Mere, "requerant", new(2026, 6, 1), null),
            new PeriodeSaisie(Enfant, "enfant", new(2026, 3, 1), null),
        };

        Assert.True(ReglesUniteAllocation.Verifier(periodes).IsSuccess);
    }

    [Fact]
    public void Verifier_PeriodesDUneFicheQuiSeTouchent_Chevauchement()
    {
        var periodes = new[]
        {
            new PeriodeSaisie(Pere, "requerant", new(2026, 1, 1), new(2026, 5, 31)),
            new PeriodeSaisie(Pere, "requerant", new(2026, 5, 31), null),
        };

        Assert.Equal("dossiers.ua-chevauchement", ReglesUniteAllocation.Verifier(periodes).Error!.Code);
    }

    [Fact]
    public void Verifier_DeuxiemeRequerantUnJour_Refuse()
    {
        var periodes = new[]
        {
            new PeriodeSaisie(Pere, "requerant", new(2026, 1, 1), null),
            new PeriodeSaisie(Mere, "requerant", new(2026, 8, 15), new(2026, 8, 15)),
        };

        var erreur = ReglesUniteAllocation.Verifier(periodes).Error!;

        Assert.Equal("dossiers.ua-deux-requerants", erreur.Code);
        Assert.Contains("2026-08-15", erreur.Fields!["periodes"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Verifier_MembreApresLaFinDuRequerant_SansRequerant()
    {
        var periodes = new[]
        {
            new PeriodeSaisie(Pere, "requerant", new(2026, 1, 1), new(2026, 6, 30)),
            new PeriodeSaisie(Enfant, "enfant", new(2026, 1, 1), null),
        };

        var erreur = ReglesUniteAllocation.Verifier(periodes).Error!;

        Assert.Equal("dossiers.ua-sans-requerant", erreur.Code);
        Assert.Contains("2026-07-01", erreur.Fields!["periodes"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Verifier_UniteVideEntreDeuxPeriodes_Accepte()
    {
        var periodes = new[]
        {
            new PeriodeSaisie(Pere, "requerant", new(2026, 1, 1), new(2026, 2, 28)),
            new PeriodeSaisie(Mere, "requerant", new(2026, 6, 1), null),
        };

        Assert.True(ReglesUniteAllocation.Verifier(periodes).IsSuccess);
    }
}
