using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Ged.Contracts;
using SocialErp.Modules.Ged.Features.Shared;

namespace SocialErp.Modules.Ged.Features.ObtenirDocument;

internal static class ObtenirDocumentEndpoint
{
    public static void MapObtenirDocument(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}", HandleAsync)
            .WithName("ObtenirDocument")
            .WithSummary("Lire les métadonnées d'un document")
            .WithDescription(
                "Métadonnées, cibles et version courante, avec l'ETag. 404 si le document est inconnu, supprimé, confidentiel sans le droit "
                + "ged.lire-confidentiel, ou si aucune de ses cibles n'est visible.")
            .RequirePermission(GedPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, DocumentsCharges documents, HttpResponse response, CancellationToken cancellationToken)
    {
        var document = await documents.ChargerAsync(id, null, cancellationToken);
        if (!document.IsSuccess)
        {
            return ErrorResults.Problem(document.Error!);
        }

        ETags.Set(response, document.Value.Version);
        return TypedResults.Ok(DocumentResponse.From(document.Value));
    }
}
