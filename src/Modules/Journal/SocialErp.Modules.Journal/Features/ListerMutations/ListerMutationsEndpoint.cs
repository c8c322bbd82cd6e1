using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Journal.Contracts;
using SocialErp.Modules.Journal.Domain;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Journal.Features.ListerMutations;

internal static class ListerMutationsEndpoint
{
    private static readonly Error ReserveAuxAdministrateurs = Error.Forbidden(
        "journal.mutations-reservees",
        "Le journal des mutations est réservé à l'administration et à la direction ; vous pouvez consulter vos propres actions avec utilisateurId = votre identifiant.");

    public static void MapListerMutations(this IEndpointRouteBuilder group) =>
        group.MapGet("/mutations", HandleAsync)
            .WithName("ListerMutations")
            .WithSummary("Journal des mutations")
            .WithDescription(
                "Qui a modifié ou consulté quoi et quand, avec les valeurs avant et après, pour tous les modules. Du plus récent au plus ancien. "
                + "Filtres : module, entite, entiteId, utilisateurId, operation (creation | modification | suppression | consultation), du, au. "
                + "Administration et direction voient tout ; les autres utilisateurs seulement leurs propres actions (utilisateurId = leur identifiant, sinon 403).")
            .RequirePermission(JournalPermissions.Lire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Results<Ok<PagedList<MutationResponse>>, ProblemHttpResult>> HandleAsync(
        [AsParameters] ListerMutationsQuery query, IReadRepositoryBase<Mutation> mutations, ICurrentUser user, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var page = new PageQuery(query.Page, query.PageSize, null).ToPageRequest();
        if (!page.IsSuccess)
        {
            return ErrorResults.Problem(page.Error!);
        }

        if (query.Du is { } du && query.Au is { } au && au < du)
        {
            return ErrorResults.Problem(JournalErrors.PeriodeInversee);
        }

        var operation = OperationsJournal.Lire(query.Operation);
        if (query.Operation is not null && operation is null)
        {
            return ErrorResults.Problem(Error.Validation("operation", "L'opération est creation, modification, suppression ou consultation."));
        }

        if (!user.HasPermission(JournalPermissions.LireMutations) && (query.UtilisateurId is null || query.UtilisateurId != user.Id))
        {
            return ErrorResults.Problem(ReserveAuxAdministrateurs);
        }

        var specification = new MutationsSpecification(query, operation, timeProvider, page.Value);
        return TypedResults.Ok(await mutations.PageAsync(specification, page.Value, MutationResponse.From, cancellationToken));
    }
}
