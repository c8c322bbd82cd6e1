using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Statistiques.Contracts;
using SocialErp.Modules.Statistiques.IntegrationEventHandlers;

namespace SocialErp.Modules.Statistiques.Features.Reconstruction;

internal static class ReconstruireLectureEndpoint
{
    public static void MapReconstruireLecture(this IEndpointRouteBuilder group) =>
        group.MapPost("/reconstruction", HandleAsync)
            .WithName("ReconstruireModeleLecture")
            .WithSummary("Reconstruire le modèle de lecture des statistiques")
            .WithDescription(
                "Vide les tables de reporting et rejoue le journal d'événements propre au module (les événements reçus des autres "
                + "modules, conservés par ses gestionnaires), dans l'ordre de réception, en une transaction. Ne lit aucune table d'un autre module.")
            .RequirePermission(StatistiquesPermissions.Ecrire);

    private static async Task<Ok<ResultatReconstruction>> HandleAsync(ReconstructionLecture reconstruction, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reconstruction.ReconstruireAsync(cancellationToken));
}
