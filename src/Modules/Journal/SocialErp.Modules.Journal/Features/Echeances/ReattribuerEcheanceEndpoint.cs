using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Journal.Contracts;
using SocialErp.Modules.Journal.Features.Shared;

namespace SocialErp.Modules.Journal.Features.Echeances;

internal static class ReattribuerEcheanceEndpoint
{
    public static void MapReattribuerEcheance(this IEndpointRouteBuilder group) =>
        group.MapPost("/echeances/{id:guid}/reattribution", HandleAsync)
            .WithName("ReattribuerEcheance")
            .WithSummary("Réattribuer une échéance")
            .WithDescription(
                "Confie une échéance ouverte ou en retard à un autre responsable, motif facultatif : un utilisateur actif qui voit le "
                + "dossier (400 responsableId sinon) ; l'étape d'un métier devient celle de cette personne. L'ancien et le nouveau "
                + "responsable sont notés dans ses modifications. Échéance réalisée ou annulée : 409. Mêmes droits que la réalisation. "
                + "If-Match facultatif (412 si périmé).")
            .RequirePermission(JournalPermissions.Ecrire)
            .WithValidation<ReattribuerEcheanceRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    private static async Task<Results<Ok<EcheanceResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ReattribuerEcheanceRequest request, ReattribuerEcheanceHandler handler, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(
            context, version => handler.HandleAsync(id, version, request, cancellationToken), written => written.Version);
        return result.IsSuccess ? TypedResults.Ok(EcheanceResponse.From(result.Value)) : ErrorResults.Problem(result.Error!);
    }
}
