using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Features.UniteAllocation;

internal static class ConsolidationMensuelleEndpoint
{
    public static void MapConsolidationMensuelle(this IEndpointRouteBuilder group) =>
        group.MapGet("/unites-allocation/consolidation", HandleAsync)
            .WithName("ConsolidationMensuelle")
            .WithSummary("Consolidation d'un mois pour toutes les unités d'allocation")
            .WithDescription(
                "« periode » = AAAA-MM. Pour chaque UA ayant des mouvements ce mois-là : débits, crédits et solde par genre de compte, "
                + "selon les mêmes règles que le grand livre consolidé. Réservé aux métiers qui consolident (comptable, direction).")
            .RequirePermission(ComptabilitePermissions.Consolider)
            .ProducesValidationProblem();

    private static async Task<Results<Ok<IReadOnlyList<ConsolidationUniteResponse>>, ProblemHttpResult>> HandleAsync(
        string? periode, ConsolidationMensuelle consolidation, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact($"{periode}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var mois))
        {
            return ErrorResults.Problem(Error.Validation("periode", "La période s'écrit AAAA-MM."));
        }

        return TypedResults.Ok(await consolidation.CalculerAsync(mois.Year, mois.Month, cancellationToken));
    }
}
