using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.RechercherFiches;

internal static class RechercherFichesEndpoint
{
    public static void MapRechercherFiches(this IEndpointRouteBuilder group) =>
        group.MapGet("/", HandleAsync)
            .WithName("RechercherFiches")
            .WithSummary("Rechercher des fiches")
            .WithDescription(
                "Liste paginée des fiches visibles. q : début des mots du nom, du prénom ou des autres noms (sans accents ni casse, "
                + "« mul ha » trouve Hélène Müller), adresse e-mail (entière ou son début), ou chiffres d'un numéro AVS ou de téléphone (préfixe). "
                + "Filtres : categorie, commune (n° OFS), type, archivee (false par défaut : les fiches archivées sont exclues).")
            .RequirePermission(FichesPermissions.Lire)
            .ProducesValidationProblem();

    private static async Task<Results<Ok<PagedList<FicheResumeResponse>>, ProblemHttpResult>> HandleAsync(
        [AsParameters] RechercherFichesQuery query, IReadRepositoryBase<Fiche> fiches, FichesDbContext db, ICurrentUser user,
        CancellationToken cancellationToken)
    {
        var page = new PageQuery(query.Page, query.PageSize, query.Sort).ToPageRequest();
        if (!page.IsSuccess)
        {
            return ErrorResults.Problem(page.Error!);
        }

        var tri = FichesTri.Lire(query.Sort);
        if (!tri.IsSuccess)
        {
            return ErrorResults.Problem(tri.Error!);
        }

        if (query.Categorie is not null && !CategoriesFiche.EstConnue(query.Categorie))
        {
            return ErrorResults.Problem(Error.Validation(
                "categorie", $"Catégorie inconnue. Catégories possibles : {string.Join(", ", CategoriesFiche.Toutes)}."));
        }

        TypeFiche? type = null;
        if (query.Type is not null)
        {
            if (!query.Type.All(char.IsAsciiLetter) || !Enum.TryParse<TypeFiche>(query.Type, ignoreCase: true, out var lu))
            {
                return ErrorResults.Problem(Error.Validation("type", "Le type est « personne » ou « organisation »."));
            }

            type = lu;
        }

        if (query.Commune is < 1 or > 9999)
        {
            return ErrorResults.Problem(Error.Validation("commune", "Le numéro OFS de commune est compris entre 1 et 9999."));
        }

        var specification = new FichesRechercheSpecification(
            query, type, CritereRecherche.Lire(query.Q), db.Termes, tri.Value, page.Value, user);
        var items = await fiches.ListAsync(specification, cancellationToken);
        var total = await fiches.CountAsync(specification, cancellationToken);
        return TypedResults.Ok(new PagedList<FicheResumeResponse>(
            items.Select(FicheResumeResponse.From).ToList(), page.Value.Page, page.Value.PageSize, total));
    }
}
