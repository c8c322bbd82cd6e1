using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Ged.Contracts;
using SocialErp.Modules.Ged.Features.Shared;
using SocialErp.SharedKernel.Paging;

namespace SocialErp.Modules.Ged.Features.RechercherDocuments;

internal static class RechercherDocumentsEndpoint
{
    public static void MapRechercherDocuments(this IEndpointRouteBuilder group) =>
        group.MapGet("/", HandleAsync)
            .WithName("RechercherDocuments")
            .WithSummary("Rechercher des documents")
            .WithDescription(
                "Documents visibles (au moins une cible visible ; confidentiels seulement avec ged.lire-confidentiel), non supprimés. "
                + "Filtres : cibleType + cibleId (404 si la cible est inconnue ou invisible), type, direction, du/au (date du document), "
                + "q (mots du titre, de la description, du nom de fichier ou du contenu texte, DOCX et PDF : recherche plein texte).")
            .RequirePermission(GedPermissions.Lire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<PagedList<DocumentResponse>>, ProblemHttpResult>> HandleAsync(
        [AsParameters] RechercherDocumentsQuery query, RechercherDocumentsHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(query, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ErrorResults.Problem(result.Error!);
    }
}
