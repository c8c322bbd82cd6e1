using SocialErp.Modules.Comptabilite.Domain.Budgets;
using SocialErp.Modules.Comptabilite.Features.Shared;

namespace SocialErp.Modules.Comptabilite.Features.ExecutionsBudgets;

/// <summary>A month's run: status, progress (traites / total), summary, and the dossiers skipped or in error.</summary>
internal sealed record ExecutionBudgetsResponse(
    Guid Id, string Mois, string Statut, bool Planifiee, int Total, int Traites, int Payes, int Ignores, int EnErreur, int NombreOrdres, decimal Montant,
    DateTime DemandeeLe, Guid? DemandeePar, DateTime? TermineeLe, string? Erreur, IReadOnlyList<AnomalieExecutionResponse> Anomalies)
{
    public static ExecutionBudgetsResponse From(ExecutionBudgets e, IEnumerable<AnomalieExecution> anomalies) => new(
        e.Id, e.Mois, e.Statut, e.Planifiee, e.Total, e.Traites, e.Payes, e.Ignores, e.EnErreur, e.NombreOrdres, Chf.Montant(e.Montant), e.DemandeeLe,
        e.DemandeePar, e.TermineeLe, e.Erreur, [.. anomalies.Select(a => new AnomalieExecutionResponse(a.DossierId, a.BudgetId, a.Genre, a.Motif))]);
}

/// <summary>A dossier the run skipped (<c>ignore</c>: billing blocked, dossier closed) or could not pay (<c>erreur</c>).</summary>
internal sealed record AnomalieExecutionResponse(Guid DossierId, Guid BudgetId, string Genre, string Motif);
