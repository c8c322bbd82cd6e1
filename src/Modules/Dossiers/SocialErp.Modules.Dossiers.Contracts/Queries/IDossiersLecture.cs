namespace SocialErp.Modules.Dossiers.Contracts.Queries;

/// <summary>
/// Read-only queries other modules use to read a dossier the current user may see (null / empty when it is unknown
/// or not visible). Outside a request (integration-event handlers, no current user) they read for the system: any
/// dossier. Implemented in Dossiers; no module reads its tables.
/// </summary>
public interface IDossiersLecture
{
    Task<DossierApercu?> TrouverAsync(Guid dossierId, CancellationToken cancellationToken);

    Task<IReadOnlyList<MembreUniteAllocation>> UniteAllocationAuAsync(Guid dossierId, DateOnly date, CancellationToken cancellationToken);
}
