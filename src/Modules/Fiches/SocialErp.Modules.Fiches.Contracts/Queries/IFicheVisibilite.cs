namespace SocialErp.Modules.Fiches.Contracts.Queries;

/// <summary>
/// Read-only question other modules ask Fiches: may the current user see this fiche? Answered inside
/// Fiches with its own visibility rules, so no module needs its tables.
/// </summary>
public interface IFicheVisibilite
{
    Task<bool> EstVisibleAsync(Guid ficheId, CancellationToken cancellationToken);
}
