using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Features.Relations;

namespace SocialErp.Modules.Fiches.Features.ListerRelations;

internal static class ListerRelationsEndpoint
{
    public static void MapListerRelations(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}/relations", HandleAsync)
            .WithName("ListerRelations")
            .WithSummary("Lister les relations d'une fiche")
            .WithDescription("Les relations dans les deux sens, chacune avec le type vu depuis cette fiche (son responsable, ses proches, ses parents, ses enfants…). "
                + "Les fiches liées que l'utilisateur ne peut pas voir sont omises.")
            .RequirePermission(FichesPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AvecExemples(null, (StatusCodes.Status200OK, new[] { ExemplesFiches.Relation }));

    private static async Task<Results<Ok<List<RelationResponse>>, ProblemHttpResult>> HandleAsync(
        Guid id, ListerRelationsHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ErrorResults.Problem(result.Error!);
    }
}
