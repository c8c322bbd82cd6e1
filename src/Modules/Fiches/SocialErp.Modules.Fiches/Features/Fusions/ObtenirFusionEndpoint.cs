using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Fiches.Features.Fusions;

internal static class ObtenirFusionEndpoint
{
    public static void MapObtenirFusion(this IEndpointRouteBuilder group) =>
        group.MapGet("/fusions/{fusionId:guid}", HandleAsync)
            .WithName("ObtenirFusion")
            .WithSummary("Lire une fusion")
            .WithDescription("Qui a fusionné quelle fiche dans quelle autre, quand, quels champs viennent de la fiche absorbée, "
                + "et si la fusion a été annulée. Visible de qui voit la fiche conservée ; sinon 404.")
            .RequirePermission(FichesPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AvecExemples(null, (StatusCodes.Status200OK, ExemplesFiches.FusionEnregistree));

    private static async Task<Results<Ok<FusionResponse>, ProblemHttpResult>> HandleAsync(
        Guid fusionId, FichesDbContext db, LecteurFiches user, CancellationToken cancellationToken)
    {
        var fusion = await FusionsVisibles.TrouverAsync(db, fusionId, user, cancellationToken);
        return fusion is null ? ErrorResults.Problem(FusionErrors.Introuvable) : TypedResults.Ok(FusionResponse.From(fusion));
    }
}
