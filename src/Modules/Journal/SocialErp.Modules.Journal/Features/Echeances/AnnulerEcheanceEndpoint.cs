using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Journal.Contracts;
using SocialErp.Modules.Journal.Features.Shared;

namespace SocialErp.Modules.Journal.Features.Echeances;

internal static class AnnulerEcheanceEndpoint
{
    public static void MapAnnulerEcheance(this IEndpointRouteBuilder group) =>
        group.MapPost("/echeances/{id:guid}/annulation", HandleAsync)
            .WithName("AnnulerEcheance")
            .WithSummary("Annuler une échéance")
            .WithDescription(
                "Annule une échéance ouverte ou en retard avec son motif (obligatoire), noté dans ses modifications. Une échéance déjà "
                + "réalisée ou annulée répond 409. Pour une étape de workflow, le workflow s'arrête à cette étape : aucune étape suivante"
                + " ne s'ouvre. Mêmes droits que la réalisation (404 pour qui ne peut pas agir). If-Match facultatif (412 si périmé).")
            .RequirePermission(JournalPermissions.Ecrire)
            .WithValidation<AnnulerEcheanceRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    private static async Task<Results<Ok<EcheanceResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, AnnulerEcheanceRequest request, AnnulerEcheanceHandler handler, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(
            context, version => handler.HandleAsync(id, version, request, cancellationToken), written => written.Version);
        return result.IsSuccess ? TypedResults.Ok(EcheanceResponse.From(result.Value)) : ErrorResults.Problem(result.Error!);
    }
}
