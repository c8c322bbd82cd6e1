namespace SocialErp.Modules.Fiches.Contracts.Queries;

/// <summary>
/// Read-only query for notifications: the contact data, channel preferences and active responsable of the fiches
/// among <c>ficheIds</c> the current user may see (unknown or invisible ids are left out). Outside a request
/// (integration-event handlers, jobs) it reads for the system: every fiche asked for.
/// </summary>
public interface IFichesContacts
{
    Task<IReadOnlyList<ContactsFiche>> TrouverAsync(IReadOnlyCollection<Guid> ficheIds, CancellationToken cancellationToken);
}
