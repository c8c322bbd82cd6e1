using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Idempotence;

namespace SocialErp.Modules.Comptabilite.Features.DetteSociale;

internal static class RemettreDetteEndpoint
{
    public static void MapRemettreDette(this IEndpointRouteBuilder group) =>
        group.MapPost("/dette-sociale/remises", HandleAsync)
            .WithName("RemettreDette")
            .WithSummary("Remettre (amortir) une dette sociale")
            .WithDescription(
                "Réservé à la direction, qui autorise la remise (son identité est enregistrée). Montant au plus égal à la dette ouverte "
                + "de la catégorie à la date (409 sinon) ; motif requis. Passe l'écriture « remise de dette » contre le compte de dette. "
                + "Idempotency-Key honoré.")
            .RequirePermission(ComptabilitePermissions.RemettreDette)
            .WithValidation<RemiseDetteRequest>()
            .WithIdempotence<RemiseDetteRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Created<RemiseDetteResponse>, ProblemHttpResult>> HandleAsync(
        RemiseDetteRequest request,
        [FromHeader(Name = IdempotenceFilter<RemiseDetteRequest>.Header)] string? idempotencyKey,
        RemettreDetteHandler handler,
        CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(request, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created($"/api/comptabilite/ecritures/{result.Value.Ecriture.Id}", result.Value)
            : ErrorResults.Problem(result.Error!);
    }
}
