using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Idempotence;

namespace SocialErp.Modules.Comptabilite.Features.ExtournerEcriture;

internal static class ExtournerEcritureEndpoint
{
    public static void MapExtournerEcriture(this IEndpointRouteBuilder group) =>
        group.MapPost("/ecritures/{id:guid}/extourne", HandleAsync)
            .WithName("ExtournerEcriture")
            .WithSummary("Extourner une écriture (et passer sa correction)")
            .WithDescription(
                "Crée l'écriture miroir (mêmes comptes et dimensions, débit et crédit inversés), datée du jour ou de « date » dans "
                + "une période ouverte, et, si « correction » est donnée, l'écriture corrigée, le tout ensemble. Une écriture ne "
                + "s'extourne qu'une fois (409) ; une extourne peut elle-même être extournée une fois. Idempotency-Key honoré.")
            .RequirePermission(ComptabilitePermissions.Ecrire)
            .WithValidation<ExtournerEcritureRequest>()
            .WithIdempotence<ExtournerEcritureRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Created<ExtourneResponse>, ProblemHttpResult>> HandleAsync(
        Guid id,
        ExtournerEcritureRequest request,
        [FromHeader(Name = IdempotenceFilter<ExtournerEcritureRequest>.Header)] string? idempotencyKey,
        ExtournerEcritureHandler handler,
        CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, request, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created($"/api/comptabilite/ecritures/{result.Value.Extourne.Id}", result.Value)
            : ErrorResults.Problem(result.Error!);
    }
}
