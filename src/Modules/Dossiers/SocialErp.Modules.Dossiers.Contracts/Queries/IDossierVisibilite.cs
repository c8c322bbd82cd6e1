namespace SocialErp.Modules.Dossiers.Contracts.Queries;

/// <summary>
/// Read-only question other modules ask Dossiers: may the current user see this dossier (referent, hierarchy,
/// service policy, share)? Journal entries and documents of a dossier are visible only when it is.
/// </summary>
public interface IDossierVisibilite
{
    Task<bool> EstVisibleAsync(Guid dossierId, CancellationToken cancellationToken);
}
