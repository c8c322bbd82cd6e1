using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Ged.Contracts;
using SocialErp.Modules.Ged.Features.Shared;

namespace SocialErp.Modules.Ged.Features.Versions;

internal static class VersionsEndpoints
{
    public static void MapVersions(this IEndpointRouteBuilder group)
    {
        group.MapGet("/{id:guid}/versions", ListerAsync)
            .WithName("ListerVersions")
            .WithSummary("Lister les versions d'un document")
            .WithDescription("Toutes les versions, de la plus récente à la plus ancienne, avec qui et quand ; chacune reste téléchargeable.")
            .RequirePermission(GedPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/versions", AjouterAsync)
            .WithName("AjouterVersion")
            .WithSummary("Déposer une nouvelle version d'un document")
            .WithDescription(
                "Multipart : fichier, commentaire. Les versions précédentes restent disponibles. Mêmes contrôles que le dépôt "
                + "(400, 413, 415) ; If-Match facultatif (412) ; 409 si le document est supprimé.")
            .RequirePermission(GedPermissions.Ecrire)
            .DisableAntiforgery()
            .WithValidation<AjouterVersionForm>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<Results<Ok<List<VersionResponse>>, ProblemHttpResult>> ListerAsync(
        Guid id, DocumentsCharges documents, CancellationToken cancellationToken)
    {
        var document = await documents.ChargerAsync(id, null, cancellationToken);
        return document.IsSuccess
            ? TypedResults.Ok(document.Value.Versions.OrderByDescending(v => v.Numero).Select(VersionResponse.From).ToList())
            : ErrorResults.Problem(document.Error!);
    }

    private static async Task<Results<Created<DocumentResponse>, ProblemHttpResult>> AjouterAsync(
        Guid id, [FromForm] AjouterVersionForm form, AjouterVersionHandler handler, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(
            context, version => handler.HandleAsync(id, version, form, cancellationToken), document => document.Version);
        return result.IsSuccess
            ? TypedResults.Created($"/api/documents/{id}/contenu?version={result.Value.VersionCourante.Numero}", DocumentResponse.From(result.Value))
            : ErrorResults.Problem(result.Error!);
    }
}
