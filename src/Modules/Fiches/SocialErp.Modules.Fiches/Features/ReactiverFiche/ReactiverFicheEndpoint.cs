using SocialErp.SharedKernel.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Features.Shared;

namespace SocialErp.Modules.Fiches.Features.ReactiverFiche;

internal static class ReactiverFicheEndpoint
{
    public static void MapReactiverFiche(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/reactivation", HandleAsync)
            .WithName("ReactiverFiche")
            .WithSummary("Réactiver une fiche archivée")
            .WithDescription(
                "La fiche revient dans les recherches et peut de nouveau être ajoutée à des dossiers. If-Match facultatif "
                + "(412 sur une version périmée) ; 409 si elle n'est pas archivée ou si son numéro AVS est entre-temps porté par une fiche active.")
            .RequirePermission(FichesPermissions.Ecrire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .AvecExemples(null, (StatusCodes.Status200OK, ExemplesFiches.Fiche));

    private static async Task<Results<Ok<FicheResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ReactiverFicheHandler handler, TimeProvider timeProvider, HttpContext context, CancellationToken cancellationToken)
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
