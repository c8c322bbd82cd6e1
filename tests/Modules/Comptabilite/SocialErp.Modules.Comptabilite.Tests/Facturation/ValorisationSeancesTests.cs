using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Features.Facturation.Seances;

namespace SocialErp.Modules.Comptabilite.Tests.Facturation;

/// <summary>How a dossier's signed sessions are valued by its funding: hourly rate, total per funded hour, cap, flat fee.</summary>
[Trait("Category", "Unit")]
public sealed class ValorisationSeancesTests
{
    [Fact]
    public void Total_HeuresCumulees_LesHeuresFinanceesFontLeTotalAuCentime()
    {
        var financement = Financement("total", 1000m, 3m);

        var valorisees = ValorisationSeances.Valoriser(financement, [Seance(1m), Seance(1m), Seance(1m)], 0m).Value;

        Assert.Equal([333.33m, 333.34m, 333.33m], valorisees.Seances.Select(s => s.Montant));
        Assert.Equal(0m, valorisees.HeuresDepassees);
    }

    [Fact]
    public void TauxHoraire_PlafondAtteint_SeanceCoupeeEtHeuresAuDelaComptees()
    {
        var financement = Financement("taux-horaire", 85.35m, 10m);
        var coupee = Seance(2m);
        var auDela = Seance(1.5m);

        var valorisees = ValorisationSeances.Valoriser(financement, [Seance(1.5m), coupee, auDela], 7.5m).Value;

        Assert.Equal([(1.5m, 128.03m), (1m, 85.35m)], valorisees.Seances.Select(s => (s.Heures, s.Montant)));
        Assert.Equal(2.5m, valorisees.HeuresDepassees);
        Assert.Equal([coupee, auDela], valorisees.Depassees);
    }

    [Theory]
    [InlineData("forfait", 10, "mode-forfait")]
    [InlineData("total", null, "heures-financees-absentes")]
    public void PasParSeance_Refuse(string mode, int? heures, string code)
    {
        var resultat = ValorisationSeances.Valoriser(Financement(mode, 500m, heures), [Seance(1m)], 0m);

        Assert.Equal(code, resultat.Error?.Code);
    }

    private static FinancementProjete Financement(string mode, decimal montant, decimal? heures)
    {
        var financement = FinancementProjete.Pour(Guid.NewGuid());
        financement.Remplacer(1, "C-1", null, null, heures, Guid.NewGuid(), mode, montant, null, null, [], DateTime.UtcNow);
        return financement;
    }

    private static SeanceProjetee Seance(decimal heures)
    {
        var seance = SeanceProjetee.Pour(Guid.NewGuid());
        seance.Remplacer(Guid.NewGuid(), DateTime.UtcNow, new DateOnly(2026, 3, 2), heures, SeanceProjetee.Realisee, SeanceProjetee.Present, DateTime.UtcNow);
        return seance;
    }
}
