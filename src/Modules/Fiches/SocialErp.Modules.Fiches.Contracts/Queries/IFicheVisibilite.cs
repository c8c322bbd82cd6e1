namespace SocialErp.Modules.Fiches.Contracts.Queries;

/// <summary>
/// Read-only question other modules ask Fiches: may the current user see this fiche? Answered inside
/// Fiches with its own visibility rules, so no module needs its tables.
/// </summary>
public interface IFicheVisibilite
{
    Task<bool> EstVisibleAsync(Guid ficheId, CancellationToken cancellationToken);

    /// <summary>
    /// The same question for several fiches in one query: the ids among <paramref name="ficheIds"/> the current user
    /// may see. Unknown and invisible ids are both left out, as <see cref="EstVisibleAsync"/> answers false for both.
    /// </summary>
    Task<IReadOnlySet<Guid>> VisiblesAsync(IReadOnlyCollection<Guid> ficheIds, CancellationToken cancellationToken);
}
