using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Journal.Contracts;
using SocialErp.Modules.Journal.Features.Shared;

namespace SocialErp.Modules.Journal.Features.Echeances;

internal static class ReporterEcheanceEndpoint
{
    public static void MapReporterEcheance(this IEndpointRouteBuilder group) =>
        group.MapPost("/echeances/{id:guid}/report", HandleAsync)
            .WithName("ReporterEcheance")
            .WithSummary("Reporter une échéance")
            .WithDescription(
                "Déplace une échéance ouverte ou en retard à une nouvelle date (aujourd'hui ou plus tard ; 400 sinon), motif facultatif"
                + " ; une échéance en retard redevient ouverte. L'ancienne et la nouvelle date sont notées dans ses modifications. Les "
                + "étapes suivantes d'un workflow gardent leur date (comptée depuis son début). Échéance réalisée ou annulée : 409. Mêmes"
                + " droits que la réalisation. If-Match facultatif (412 si périmé).")
            .RequirePermission(JournalPermissions.Ecrire)
            .WithValidation<ReporterEcheanceRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    private static async Task<Results<Ok<EcheanceResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ReporterEcheanceRequest request, ReporterEcheanceHandler handler, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(
            context, version => handler.HandleAsync(id, version, request, cancellationToken), written => written.Version);
        return result.IsSuccess ? TypedResults.Ok(EcheanceResponse.From(result.Value)) : ErrorResults.Problem(result.Error!);
    }
}
