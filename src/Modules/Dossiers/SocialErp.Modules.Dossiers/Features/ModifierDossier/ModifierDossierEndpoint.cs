using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Features.Shared;

namespace SocialErp.Modules.Dossiers.Features.ModifierDossier;

internal static class ModifierDossierEndpoint
{
    public static void MapModifierDossier(this IEndpointRouteBuilder group) =>
        group.MapPatch("/{id:guid}", HandleAsync)
            .WithName("ModifierDossier")
            .WithSummary("Modifier un dossier")
            .WithDescription(
                "Remplace les champs donnés (nom, description, prestation, communeDomicile, dates clés) et garde les autres. "
                + "Changer la prestation demande en plus le droit dossiers.prestation.modifier (direction ; sinon 403 dossiers.prestation-reservee, rien n'est modifié). "
                + "If-Match facultatif (412 sur une version périmée). Dossier archivé : 409 (lecture seule).")
            .RequirePermission(DossiersPermissions.Ecrire)
            .WithValidation<ModifierDossierRequest>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    private static async Task<Results<Ok<DossierResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ModifierDossierRequest request, ModifierDossierHandler handler, ReponseDossier reponse, HttpContext context,
        CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(
            context, version => handler.HandleAsync(id, request, version, cancellationToken), dossier => dossier.Version);
        return result.IsSuccess
            ? TypedResults.Ok(await reponse.DeAsync(result.Value, cancellationToken))
            : ErrorResults.Problem(result.Error!);
    }
}
