namespace SocialErp.Modules.Fiches.Contracts.Queries;

/// <summary>
/// Read-only question other modules ask Fiches: is this fiche, visible to the current user, archived? Dossiers uses
/// it to refuse adding an archived fiche to a dossier. False when the fiche is unknown or not visible.
/// </summary>
public interface IFicheArchivage
{
    Task<bool> EstArchiveeAsync(Guid ficheId, CancellationToken cancellationToken);
}
