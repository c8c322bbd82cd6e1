namespace SocialErp.Modules.Fiches.Contracts.Queries;

/// <summary>
/// Read-only query other modules use to read fiches (mail merge, exports): the fiches among <c>ficheIds</c> the current
/// user may see, with their address valid at <c>date</c>. Unknown or invisible ids are left out. Outside a request
/// (background work, no current user) it reads for the system: every fiche asked for.
/// </summary>
public interface IFichesLecture
{
    Task<IReadOnlyList<FicheApercu>> TrouverAsync(IReadOnlyCollection<Guid> ficheIds, DateOnly date, CancellationToken cancellationToken);
}
