using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Features.Shared;

/// <summary>
/// A due date; <c>statut</c> = ouverte | realisee | annulee | en-retard; <c>modifications</c>: its cancellation,
/// reschedulings and reassignments, oldest first (<c>nature</c> = annulation | report | reattribution); <c>source</c>:
/// what keeps it up to date (<c>memo:{id}</c> for a memo's follow-up), <c>privee</c>: seen by its responsible only.
/// </summary>
internal sealed record EcheanceResponse(
    Guid Id,
    Guid? DossierId,
    Guid? EntreeId,
    DateOnly Date,
    string Action,
    Guid? ResponsableId,
    string? ResponsableMetier,
    Guid? ServiceId,
    string Statut,
    bool Urgente,
    Guid? WorkflowInstanceId,
    string? EtapeWorkflow,
    DateTime? RealiseeLe,
    Guid? RealiseePar,
    string? Commentaire,
    IReadOnlyList<ModificationEcheance> Modifications,
    string? Source,
    bool Privee,
    long Version)
{
    public static EcheanceResponse From(Echeance e) => new(
        e.Id, e.DossierId, e.EntreeId, e.Date, e.Action, e.ResponsableId, e.ResponsableMetier, e.ServiceId, StatutsEcheance.Code(e.Statut),
        e.Urgente, e.WorkflowInstanceId, e.EtapeWorkflow, e.RealiseeLe, e.RealiseePar, e.Commentaire, e.Modifications, e.Source,
        e.Privee, e.Version);
}
