using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Relations;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.SharedKernel.Specifications;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Fiches.Features.ObtenirRelation;

/// <summary>The resource a created relation's <c>Location</c> names: one relation, typed as seen from the fiche of the URL.</summary>
internal static class ObtenirRelationEndpoint
{
    public static void MapObtenirRelation(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}/relations/{relationId:guid}", HandleAsync)
            .WithName("ObtenirRelation")
            .WithSummary("Lire une relation d'une fiche")
            .WithDescription("La relation, avec le type vu depuis la fiche de l'URL (l'autre fiche la lit avec le type inverse). "
                + "404 si la fiche n'est pas visible, si la relation ne la concerne pas ou si la fiche liée n'est pas visible.")
            .RequirePermission(FichesPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AvecExemples(null, (StatusCodes.Status200OK, ExemplesFiches.Relation));

    private static async Task<Results<Ok<RelationResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, Guid relationId, IReadRepositoryBase<Fiche> fiches, IReadRepositoryBase<RelationFiche> relations, LecteurFiches user,
        TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (!await fiches.AnyAsync(new FicheParIdSpecification(id, user), cancellationToken))
        {
            return ErrorResults.Problem(FicheErrors.Introuvable);
        }

        var relation = await relations.GetByIdAsync(relationId, cancellationToken);
        var liee = relation is null || !relation.Concerne(id)
            ? null
            : await fiches.FirstOrDefaultAsync(new FichesParIdsRelationSpecification([relation.AutreFiche(id)], user), cancellationToken);
        return relation is null || liee is null
            ? ErrorResults.Problem(RelationErrors.Introuvable)
            : TypedResults.Ok(RelationResponse.From(relation, id, liee, timeProvider.Aujourdhui()));
    }
}
