using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Features.Relations;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Fiches.Features.AjouterRelation;

internal static class AjouterRelationEndpoint
{
    public static void MapAjouterRelation(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/relations", HandleAsync)
            .WithName("AjouterRelation")
            .WithSummary("Lier une fiche à une autre")
            .WithDescription("Le type dit ce que la fiche liée est pour la fiche de l'URL (« responsable » : la fiche liée devient son responsable). "
                + "Un proche n'a qu'un responsable actif (409 fiches.responsable-deja-defini) ; une chaîne proche → responsable ne boucle jamais (409) ; "
                + "une relation active identique est refusée (409) ; une fiche ne se lie pas à elle-même (400 ficheId).")
            .RequirePermission(FichesPermissions.Ecrire)
            .WithValidation<AjouterRelationRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .AvecExemples(new { type = "responsable", ficheId = ExemplesFiches.ProcheId, du = "2025-01-01" }, (StatusCodes.Status201Created, ExemplesFiches.Relation));

    private static async Task<Results<Created<RelationResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, AjouterRelationRequest request, AjouterRelationHandler handler, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, request, cancellationToken);
        if (!result.IsSuccess)
        {
            return ErrorResults.Problem(result.Error!);
        }

        var (relation, liee) = result.Value;
        var aujourdhui = timeProvider.Aujourdhui();
        return TypedResults.Created($"/api/fiches/{id}/relations/{relation.Id}", RelationResponse.From(relation, id, liee, aujourdhui));
    }
}
