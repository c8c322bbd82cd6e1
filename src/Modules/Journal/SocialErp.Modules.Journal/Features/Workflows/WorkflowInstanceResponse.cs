using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Features.Workflows;

/// <summary>
/// A workflow on a dossier: the definition version it runs, its current step and the steps done. <c>arretee</c>: it
/// ended before its last step (<c>motifArret</c> says why: its step's due date cancelled, the dossier closed).
/// </summary>
internal sealed record WorkflowInstanceResponse(
    Guid Id,
    string Code,
    int NumeroVersion,
    Guid DossierId,
    DateOnly DateDebut,
    string? EtapeCourante,
    bool Terminee,
    DateTime DemarreeLe,
    DateTime? TermineeLe,
    bool Arretee,
    string? MotifArret,
    IReadOnlyList<PassageEtape> Historique)
{
    public static WorkflowInstanceResponse From(WorkflowInstance i) => new(
        i.Id, i.Code, i.NumeroVersion, i.DossierId, i.DateDebut, i.EtapeCourante, i.Terminee, i.DemarreeLe, i.TermineeLe, i.MotifArret is not null, i.MotifArret, i.Historique);
}
