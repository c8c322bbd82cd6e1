using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Journal.Contracts;
using SocialErp.Modules.Journal.Features.ObtenirEntree;

namespace SocialErp.Modules.Journal.Features.CorrigerEntree;

internal static class CorrigerEntreeEndpoint
{
    public static void MapCorrigerEntree(this IEndpointRouteBuilder group) =>
        group.MapPatch("/journal/{entreeId:guid}", HandleAsync)
            .WithName("CorrigerEntreeJournal")
            .WithSummary("Corriger une entrée du journal")
            .WithDescription(
                "Seuls les champs envoyés changent ; le contenu précédent reste lisible dans « versionsPrecedentes » (aucune réécriture silencieuse). "
                + "Réservé à l'auteur (403) ; une entrée automatique ne se corrige pas (409). If-Match : une version périmée répond 412.")
            .RequirePermission(JournalPermissions.Ecrire)
            .WithValidation<CorrigerEntreeRequest>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    private static async Task<Results<Ok<EntreeDetailResponse>, ProblemHttpResult>> HandleAsync(
        Guid entreeId, CorrigerEntreeRequest request, CorrigerEntreeHandler handler, LectureEntree lecture, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(
            context, version => handler.HandleAsync(entreeId, version, request, cancellationToken), written => written.Version);
        return result.IsSuccess
            ? TypedResults.Ok(await lecture.DetailAsync(result.Value, cancellationToken))
            : ErrorResults.Problem(result.Error!);
    }
}
