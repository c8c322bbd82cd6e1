namespace SocialErp.Modules.Fiches.Contracts.Queries;

/// <summary>
/// A module's reasons not to archive a fiche yet: the person is still followed there (a dossier in progress…). Fiches
/// asks every registered implementation before archiving and refuses (409) with their reasons. Register
/// implementations in DI; answer with what the current user may know (a dossier number they do not see is not named).
/// </summary>
public interface IOppositionArchivage
{
    Task<IReadOnlyList<string>> RaisonsAsync(Guid ficheId, CancellationToken cancellationToken);
}
