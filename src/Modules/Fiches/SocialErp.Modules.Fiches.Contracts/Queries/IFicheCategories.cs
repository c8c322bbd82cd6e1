namespace SocialErp.Modules.Fiches.Contracts.Queries;

/// <summary>
/// Read-only question other modules ask Fiches: does this fiche, visible to the current user, have this
/// category (one of <see cref="CategoriesFiche"/>)? Dossiers uses it to check roles (prescripteur, régie…).
/// </summary>
public interface IFicheCategories
{
    Task<bool> ALaCategorieAsync(Guid ficheId, string categorie, CancellationToken cancellationToken);
}
