using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Journal.Contracts;

namespace SocialErp.Modules.Journal.Features.ObtenirEntree;

internal static class ObtenirEntreeEndpoint
{
    public static void MapObtenirEntree(this IEndpointRouteBuilder group) =>
        group.MapGet("/journal/{entreeId:guid}", HandleAsync)
            .WithName("ObtenirEntreeJournal")
            .WithSummary("Lire une entrée du journal et ses versions précédentes")
            .WithDescription("L'entrée, ses échéances et le contenu qu'elle avait avant chaque correction. ETag = version. "
                + "Entrée inconnue, de cible invisible ou confidentielle pour l'utilisateur : 404.")
            .RequirePermission(JournalPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<EntreeDetailResponse>, ProblemHttpResult>> HandleAsync(
        Guid entreeId, LectureEntree lecture, HttpResponse response, CancellationToken cancellationToken)
    {
        var entree = await lecture.ChargerAsync(entreeId, cancellationToken);
        if (!entree.IsSuccess)
        {
            return ErrorResults.Problem(entree.Error!);
        }

        ETags.Set(response, entree.Value.Version);
        return TypedResults.Ok(await lecture.DetailAsync(entree.Value, cancellationToken));
    }
}
