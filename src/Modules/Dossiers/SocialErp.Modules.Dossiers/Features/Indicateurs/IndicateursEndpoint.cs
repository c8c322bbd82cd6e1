using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;

namespace SocialErp.Modules.Dossiers.Features.Indicateurs;

internal static class IndicateursEndpoint
{
    public static void MapIndicateurs(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}/indicateurs", HandleAsync)
            .WithName("IndicateursDossier")
            .WithSummary("Indicateurs du parcours")
            .WithDescription(
                "Durée du parcours (entrée → sortie réelle, ou aujourd'hui), heures planifiées et réalisées (séances émargées présent), "
                + "taux de présence (présent / émargées, en %), taux de réussite (objectifs atteints / évalués, en % ; null sans objectif évalué), "
                + "et les mêmes par phase lorsque des changements de phase ont été enregistrés.")
            .RequirePermission(DossiersPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<Domain.Indicateurs>, ProblemHttpResult>> HandleAsync(
        Guid id, ChargementDossier chargement, LectureIndicateurs indicateurs, CancellationToken cancellationToken)
    {
        var dossier = await chargement.LireAsync(id, cancellationToken);
        return dossier is null
            ? ErrorResults.Problem(DossierErrors.Introuvable)
            : TypedResults.Ok(await indicateurs.CalculerAsync(dossier, cancellationToken));
    }
}
