namespace SocialErp.Modules.Comptabilite.Contracts.Queries;

/// <summary>
/// Read-only query other modules use to read a dossier's budget (mail merge): the versions valid on a date. Only for a
/// dossier the current user may see; outside a request (integration-event handlers) it reads for the system.
/// </summary>
public interface IBudgetsLecture
{
    /// <summary>The dossier's budgets whose version covers <paramref name="date"/>, allocation first; empty when none.</summary>
    Task<IReadOnlyList<BudgetApercu>> ValidesAuAsync(Guid dossierId, DateOnly date, CancellationToken cancellationToken);
}

/// <summary>One budget as valid on a date: kind (allocation, bourse, pret), its version and monthly totals (CHF).</summary>
public sealed record BudgetApercu(
    Guid BudgetId,
    string Genre,
    string Libelle,
    int Version,
    DateOnly Du,
    DateOnly? Au,
    decimal TotalCharges,
    decimal TotalRessources,
    decimal BesoinNet,
    IReadOnlyList<LigneBudgetApercu> Lignes);

/// <summary>A line, its amount brought to a month: <c>Sens</c> charge or ressource, <c>Type</c> e.g. loyer, salaire.</summary>
public sealed record LigneBudgetApercu(string Sens, string Type, string Libelle, decimal MontantMensuel);
