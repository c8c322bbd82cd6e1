using SocialErp.SharedKernel.Time;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Features.ModifierFiche;
using SocialErp.Modules.Fiches.Features.Doublons;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Fiches.Features.ModifierFichePartiellement;

internal static class ModifierFichePartiellementEndpoint
{
    private static readonly Error CorpsInvalide = Error.Validation("corps", "Le corps doit être un objet JSON (merge patch).");

    public static void MapModifierFichePartiellement(this IEndpointRouteBuilder group) =>
        group.MapPatch("/{id:guid}", HandleAsync)
            .WithName("ModifierFichePartiellement")
            .WithSummary("Modifier une partie d'une fiche (JSON merge patch)")
            .WithDescription(
                "Corps au format JSON merge patch (RFC 7396, application/merge-patch+json ou application/json) : un champ présent "
                + "remplace la valeur, null l'efface, un champ absent ne change pas ; une liste (categories, contacts…) est remplacée entière. "
                + "Mêmes règles que PUT ; If-Match recommandé (412 sur une version périmée).")
            .RequirePermission(FichesPermissions.Ecrire)
            .Accepts<ModifierFicheRequest>("application/merge-patch+json", "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .AvecExemples(new { email = "francois.armengaud@example.ch", communeResidence = 5591, permisSejour = (string?)null }, (StatusCodes.Status200OK, ExemplesFiches.Fiche));

    private static async Task<Results<Ok<FicheResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ModifierFichePartiellementHandler handler, RechercheDoublons doublons, TimeProvider timeProvider, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(
            context,
            async version => await LirePatchAsync(context.Request, cancellationToken) is { } patch
                ? await handler.HandleAsync(id, version, patch, cancellationToken)
                : CorpsInvalide,
            written => written.Version);
        if (!result.IsSuccess)
        {
            return ErrorResults.Problem(result.Error!);
        }

        var candidats = await doublons.AvertissementsAsync(result.Value, cancellationToken);
        return TypedResults.Ok(FicheResponse.From(result.Value, timeProvider.Aujourdhui()) with { Doublons = candidats });
    }

    private static async Task<JsonObject?> LirePatchAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
