using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Features.Shared;

/// <summary>
/// Checks fiches a user names against Fiches: visible (else 404), not archived, and of the category a role asks
/// for (a requérant is an usager, a referent an intervenant).
/// </summary>
internal sealed class VerificationFiches(IFicheVisibilite visibilite, IFicheArchivage archivage, IFicheCategories categories)
{
    public static string? CategorieRequise(string role) => role == RolesMembre.Requerant ? CategoriesFiche.Usager : null;

    public async Task<Result> VerifierAsync(Guid ficheId, string? categorie, string champ, CancellationToken cancellationToken)
    {
        if (!await visibilite.EstVisibleAsync(ficheId, cancellationToken))
        {
            return DossierErrors.FicheIntrouvableDans(champ);
        }

        if (await archivage.EstArchiveeAsync(ficheId, cancellationToken))
        {
            return DossierErrors.FicheArchivee(champ);
        }

        if (categorie is not null && !await categories.ALaCategorieAsync(ficheId, categorie, cancellationToken))
        {
            return DossierErrors.CategorieInvalide(champ, categorie);
        }

        return Result.Success();
    }
}
