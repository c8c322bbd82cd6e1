using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Journal.Contracts;
using SocialErp.Modules.Journal.Features.Shared;

namespace SocialErp.Modules.Journal.Features.Echeances;

internal static class RealiserEcheanceEndpoint
{
    public static void MapRealiserEcheance(this IEndpointRouteBuilder group) =>
        group.MapPost("/echeances/{id:guid}/realisation", HandleAsync)
            .WithName("RealiserEcheance")
            .WithSummary("Réaliser une échéance")
            .WithDescription(
                "Clôt l'échéance avec un commentaire. Une échéance déjà réalisée ou annulée répond 409. Pour une étape de workflow, "
                + "l'étape suivante devient une échéance de son responsable. If-Match facultatif (412 si périmé).")
            .RequirePermission(JournalPermissions.Ecrire)
            .WithValidation<RealiserEcheanceRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    private static async Task<Results<Ok<EcheanceResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, RealiserEcheanceRequest request, RealiserEcheanceHandler handler, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(
            context, version => handler.HandleAsync(id, version, request, cancellationToken), written => written.Version);
        return result.IsSuccess ? TypedResults.Ok(EcheanceResponse.From(result.Value)) : ErrorResults.Problem(result.Error!);
    }
}
