using SocialErp.Modules.Comptabilite.Domain.Budgets;
using SocialErp.Modules.Comptabilite.Features.Budgets;
using SocialErp.Modules.Comptabilite.Features.ExecutionsBudgets;

namespace SocialErp.Modules.Comptabilite.Tests.Budgets;

[Trait("Category", "Unit")]
public sealed class PlanMensuelTests
{
    private static readonly Guid Personne = Guid.NewGuid();
    private static readonly Guid Regie = Guid.NewGuid();
    private static readonly DateOnly Janvier = new(2026, 1, 1);

    [Theory]
    [InlineData("mensuelle", 5, true)]
    [InlineData("trimestrielle", 4, true)]
    [InlineData("trimestrielle", 5, false)]
    [InlineData("semestrielle", 7, true)]
    [InlineData("annuelle", 12, false)]
    [InlineData("unique", 1, true)]
    [InlineData("unique", 2, false)]
    public void Echoit_CountsMonthsFromTheStartOfValidity(string periodicite, int mois, bool echoit) =>
        Assert.Equal(echoit, Periodicites.Echoit(periodicite, Janvier, new DateOnly(2026, mois, 1)));

    [Fact]
    public void Calculer_ResourcesReduceTheBeneficiarysPartFirst_ThirdPartiesPaidInFull()
    {
        var version = Version(
            Ligne(0, "salaire", 500m), Ligne(1, "entretien", 1061m), Ligne(2, "loyer", 1450m, Regie));

        var plan = PlanMensuel.Calculer(version, Janvier);

        Assert.Equal([("loyer", 1450m), ("entretien", 561m)], plan.Select(c => (c.Ligne.Type, c.Montant)));
        Assert.Equal(2011m, version.BesoinNet);
        var serre = Version(Ligne(0, "salaire", 1500m), Ligne(1, "entretien", 1061m), Ligne(2, "loyer", 1450m, Regie));
        Assert.Equal([("loyer", 1011m)], PlanMensuel.Calculer(serre, Janvier).Select(c => (c.Ligne.Type, c.Montant)));
    }

    [Fact]
    public void Calculer_ResourcesCoverTheCharges_NothingPaid()
    {
        var version = Version(Ligne(0, "salaire", 4000m), Ligne(1, "entretien", 1061m), Ligne(2, "loyer", 1450m, Regie));

        Assert.Empty(PlanMensuel.Calculer(version, Janvier));
        Assert.True(version.BesoinNet < 0);
    }

    [Fact]
    public void Calculer_LinesOutsideTheirValidityOrOffPeriod_AreNotDue()
    {
        var version = Version(
            Ligne(0, "entretien", 1061m), Ligne(1, "frais-medicaux", 300m, periodicite: "trimestrielle"),
            Ligne(2, "situation", 500m, du: new DateOnly(2026, 3, 1), periodicite: "unique"));

        Assert.Equal(1361m, PlanMensuel.Calculer(version, Janvier).Sum(c => c.Montant));
        Assert.Equal(1061m, PlanMensuel.Calculer(version, new DateOnly(2026, 2, 1)).Sum(c => c.Montant));
        Assert.Equal(1561m, PlanMensuel.Calculer(version, new DateOnly(2026, 3, 1)).Sum(c => c.Montant));
        Assert.Equal(1361m, PlanMensuel.Calculer(version, new DateOnly(2026, 4, 1)).Sum(c => c.Montant));
    }

    [Theory]
    [InlineData(1, 1061)]
    [InlineData(4, 2271)]
    [InlineData(7, 3163)]
    [InlineData(9, 3757)]
    public void Entretien_FollowsTheConfiguredScaleThenAddsPerPerson(int taille, decimal attendu) =>
        Assert.Equal(attendu, new BudgetsOptions().Entretien(taille));

    [Fact]
    public void AjouterVersion_EndsThePreviousVersionTheDayBefore()
    {
        var budget = Budget.Creer(Guid.NewGuid(), GenresBudget.Allocation, "Aide", null, null, DateTime.UtcNow, null);
        budget.AjouterVersion(Janvier, null, 1, null, [Ligne(0, "entretien", 1061m)], DateTime.UtcNow, null);
        budget.AjouterVersion(new DateOnly(2026, 6, 1), null, 2, null, [Ligne(0, "entretien", 1623m)], DateTime.UtcNow, null);

        Assert.Equal(new DateOnly(2026, 5, 31), budget.Versions[0].Au);
        Assert.Equal(1, budget.ValideEn(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31))!.Numero);
        Assert.Equal(2, budget.ValideEn(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30))!.Numero);
        Assert.Equal(2, budget.Version);
    }

    private static VersionBudget Version(params LigneBudget[] lignes) => VersionBudget.Creer(Guid.NewGuid(), 1, Janvier, null, 1, null, lignes, DateTime.UtcNow, null);

    private static LigneBudget Ligne(int ordre, string type, decimal montant, Guid? paye = null, DateOnly? du = null, string periodicite = "mensuelle") =>
        LigneBudget.Creer(ordre, type, type, montant, periodicite, du ?? Janvier, null, Personne, paye, "CH9300762011623852957", "NON", null, false, null);
}
