using SocialErp.Modules.Comptabilite.Domain.Budgets;
using SocialErp.Modules.Comptabilite.Features.Shared;

namespace SocialErp.Modules.Comptabilite.Features.Budgets;

/// <summary>A budget with all its versions (oldest first) and the one valid today.</summary>
internal sealed record BudgetResponse(
    Guid Id, Guid DossierId, string Genre, string Libelle, long Version, int? VersionCourante, IReadOnlyList<VersionBudgetResponse> Versions)
{
    public static BudgetResponse From(Budget budget, DateOnly aujourdhui) => new(
        budget.Id, budget.DossierId, budget.Genre, budget.Libelle, budget.Version, budget.ValideEn(aujourdhui, aujourdhui)?.Numero,
        [.. budget.Versions.OrderBy(v => v.Numero).Select(VersionBudgetResponse.From)]);
}

/// <summary>A version: validity, household size, monthly totals (charges, resources, net need) and lines.</summary>
internal sealed record VersionBudgetResponse(
    int Numero, DateOnly Du, DateOnly? Au, int TailleMenage, string? Motif, decimal TotalCharges, decimal TotalRessources, decimal BesoinNet,
    IReadOnlyList<LigneBudgetResponse> Lignes, DateTime CreeLe, Guid? CreePar)
{
    public static VersionBudgetResponse From(VersionBudget version) => new(
        version.Numero, version.Du, version.Au, version.TailleMenage, version.Motif, Chf.Montant(version.TotalCharges), Chf.Montant(version.TotalRessources),
        Chf.Montant(version.BesoinNet), [.. version.Lignes.OrderBy(l => l.Ordre).Select(LigneBudgetResponse.From)], version.CreeLe, version.CreePar);
}

internal sealed record LigneBudgetResponse(
    Guid Id, string Sens, string Type, string Libelle, decimal Montant, decimal MontantMensuel, string Periodicite, DateOnly Du, DateOnly? Au,
    Guid BeneficiaireId, Guid? PayeId, string? Iban, string? TypeReference, string? Reference, bool Refacturable, Guid? RefactureA)
{
    public static LigneBudgetResponse From(LigneBudget ligne) => new(
        ligne.Id, ligne.Sens, ligne.Type, ligne.Libelle, Chf.Montant(ligne.Montant), Chf.Montant(Periodicites.Mensualiser(ligne.Periodicite, ligne.Montant)),
        ligne.Periodicite, ligne.Du, ligne.Au, ligne.BeneficiaireId, ligne.PayeId, ligne.Iban, ligne.TypeReference, ligne.Reference, ligne.Refacturable,
        ligne.RefactureA);
}
