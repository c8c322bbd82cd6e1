using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Idempotence;

namespace SocialErp.Modules.Comptabilite.Features.PasserEcriture;

internal static class PasserEcritureEndpoint
{
    public static void MapPasserEcriture(this IEndpointRouteBuilder group) =>
        group.MapPost("/ecritures", HandleAsync)
            .WithName("PasserEcriture")
            .WithSummary("Passer une écriture")
            .WithDescription(
                "Au moins deux lignes ; chacune porte un compte actif, un débit ou un crédit (CHF, positif, deux décimales au plus) et "
                + "ses dimensions analytiques. Débits = crédits, sinon 400. Fiche ou dossier inconnu ou invisible : 400 sur le champ. "
                + "Période clôturée : 409. L'écriture est immuable : on la corrige par extourne. Avec l'en-tête Idempotency-Key, "
                + "un renvoi rend la première réponse sans rien créer ; la même clé avec une autre requête : 409.")
            .RequirePermission(ComptabilitePermissions.Ecrire)
            .WithValidation<EcritureRequest>()
            .WithIdempotence<EcritureRequest>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Created<EcritureResponse>, ProblemHttpResult>> HandleAsync(
        EcritureRequest request,
        [FromHeader(Name = IdempotenceFilter<EcritureRequest>.Header)] string? idempotencyKey,
        PasserEcritureHandler handler,
        CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(request, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created($"/api/comptabilite/ecritures/{result.Value.Id}", EcritureResponse.From(result.Value))
            : ErrorResults.Problem(result.Error!);
    }
}
