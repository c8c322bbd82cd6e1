using SocialErp.SharedKernel.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Features.Shared;

namespace SocialErp.Modules.Fiches.Features.ArchiverFiche;

internal static class ArchiverFicheEndpoint
{
    public static void MapArchiverFiche(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/archivage", HandleAsync)
            .WithName("ArchiverFiche")
            .WithSummary("Archiver une fiche")
            .WithDescription(
                "La fiche archivée disparaît des recherches par défaut (archivee=false), reste lisible par son id et ne peut plus "
                + "être ajoutée à de nouveaux dossiers. If-Match facultatif (412 sur une version périmée) ; 409 si elle est déjà archivée, ou si "
                + "la personne est encore suivie (fiches.fiche-encore-suivie : membre d'un dossier ouvert ou en cours, nommé dans le problème).")
            .RequirePermission(FichesPermissions.Ecrire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .AvecExemples(null, (StatusCodes.Status200OK, ExemplesFiches.Fiche));

    private static async Task<Results<Ok<FicheResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ArchiverFicheHandler handler, TimeProvider timeProvider, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(
            context, version => handler.HandleAsync(id, version, cancellationToken), written => written.Version);
        if (!result.IsSuccess)
        {
            return ErrorResults.Problem(result.Error!);
        }

        return TypedResults.Ok(FicheResponse.From(result.Value, timeProvider.Aujourdhui()));
    }
}
