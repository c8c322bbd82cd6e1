using System.Globalization;
using SocialErp.Modules.Comptabilite.Domain.Budgets;
using SocialErp.Modules.Comptabilite.Features.Facturation;

namespace SocialErp.Modules.Comptabilite.Tests.Facturation;

/// <summary>When a dossier is not invoiced for a period, and which periods the scheduled invoicing runs on a given day.</summary>
[Trait("Category", "Unit")]
public sealed class BlocageFacturationTests
{
    [Theory]
    [InlineData("2026-03-31", "2026-01-01", "2026-03-31", "facturation-bloquee")]
    [InlineData("2026-01-01", "2026-01-01", "2026-03-31", "facturation-bloquee")]
    [InlineData("2025-06-10", "2026-01-01", "2026-03-31", "facturation-bloquee")]
    [InlineData("2026-04-01", "2026-01-01", "2026-03-31", null)]
    public void Bloquee_ByThePeriodsEnd_NotInvoiced(string bloqueeDepuis, string du, string au, string? attendu)
    {
        var blocage = BlocageDossier.Pour(Guid.NewGuid());
        blocage.Facturation(true, Jour(bloqueeDepuis), "Déménagement");

        var empechement = blocage.Empechement(Jour(du), Jour(au));

        Assert.Equal(attendu, empechement?.Code);
        Assert.True(empechement is null || empechement.Motif.Contains("Déménagement", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2026-01-01", "dossier-ferme")]
    [InlineData("2025-12-31", "dossier-ferme")]
    [InlineData("2026-01-02", null)]
    public void Ferme_ByThePeriodsStart_NotInvoiced_ClosedDuringItStillOwesItsStart(string fermeDepuis, string? attendu)
    {
        var blocage = BlocageDossier.Pour(Guid.NewGuid());
        blocage.StatutModifie("termine", true, Jour(fermeDepuis));

        Assert.Equal(attendu, blocage.Empechement(Jour("2026-01-01"), Jour("2026-03-31"))?.Code);
    }

    [Fact]
    public void Debloquee_OrReactivated_InvoicedAgain()
    {
        var blocage = BlocageDossier.Pour(Guid.NewGuid());
        blocage.Facturation(true, Jour("2026-02-01"), "Rupture");
        blocage.StatutModifie("clos", true, Jour("2026-02-01"));

        blocage.Facturation(false, Jour("2026-05-01"), null);
        blocage.StatutModifie("en-cours", false, Jour("2026-05-01"));

        Assert.Null(blocage.Empechement(Jour("2026-01-01"), Jour("2026-03-31")));
    }

    [Theory]
    [InlineData("2026-11-23", 5, "2026-10,2026-T3,2026-S1")]
    [InlineData("2026-11-05", 5, "2026-10,2026-T3,2026-S1")]
    [InlineData("2026-11-04", 5, "2026-09,2026-T3,2026-S1")]
    [InlineData("2026-07-01", 1, "2026-06,2026-T2,2026-S1")]
    [InlineData("2026-01-31", 1, "2025-12,2025-T4,2025-S2")]
    [InlineData("2026-01-03", 5, "2025-11,2025-T3,2025-S1")]
    [InlineData("2026-04-10", 5, "2026-03,2026-T1,2025-S2")]
    [InlineData("2026-04-10", 0, "")]
    public void PeriodesEchues_LastPeriodEndedBeforeTheMonth_FromTheDay(string aujourdhui, int jour, string attendues)
    {
        Assert.Equal(attendues.Split(',', StringSplitOptions.RemoveEmptyEntries), PeriodesEchues.Au(Jour(aujourdhui), jour));
    }

    private static DateOnly Jour(string texte) => DateOnly.ParseExact(texte, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
