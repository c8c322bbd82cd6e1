using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;

namespace SocialErp.Modules.Fiches.Features.RetirerRelation;

internal static class RetirerRelationEndpoint
{
    public static void MapRetirerRelation(this IEndpointRouteBuilder group) =>
        group.MapDelete("/{id:guid}/relations/{relationId:guid}", HandleAsync)
            .WithName("RetirerRelation")
            .WithSummary("Retirer une relation")
            .WithDescription("Supprime le lien entre les deux fiches (depuis l'une ou l'autre) ; le journal des mutations en garde la trace.")
            .RequirePermission(FichesPermissions.Ecrire)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        Guid id, Guid relationId, RetirerRelationHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, relationId, cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : ErrorResults.Problem(result.Error!);
    }
}
