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
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

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
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<List<RelationResponse>>, ProblemHttpResult>> HandleAsync(
        Guid id,
        IReadRepositoryBase<Fiche> fiches,
        IReadRepositoryBase<RelationFiche> relations,
        ICurrentUser user,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        if (!await fiches.AnyAsync(new FicheParIdSpecification(id, user), cancellationToken))
        {
            return ErrorResults.Problem(FicheErrors.Introuvable);
        }

        var liste = await relations.ListAsync(new RelationsDeFicheSpecification(id), cancellationToken);
        var autres = liste.Select(r => r.AutreFiche(id)).Distinct().ToList();
        var liees = (await fiches.ListAsync(new FichesParIdsRelationSpecification(autres, user), cancellationToken)).ToDictionary(f => f.Id);
        var aujourdhui = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        return TypedResults.Ok(liste
            .Where(r => liees.ContainsKey(r.AutreFiche(id)))
            .Select(r => RelationResponse.From(r, id, liees[r.AutreFiche(id)], aujourdhui))
            .OrderByDescending(r => r.Active)
            .ThenBy(r => r.Type)
            .ThenBy(r => r.Nom, StringComparer.Ordinal)
            .ToList());
    }
}
