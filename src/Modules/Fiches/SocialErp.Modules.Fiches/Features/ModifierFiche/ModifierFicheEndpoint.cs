using SocialErp.SharedKernel.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Features.Doublons;
using SocialErp.Modules.Fiches.Features.Shared;

namespace SocialErp.Modules.Fiches.Features.ModifierFiche;

internal static class ModifierFicheEndpoint
{
    public static void MapModifierFiche(this IEndpointRouteBuilder group) =>
        group.MapPut("/{id:guid}", HandleAsync)
            .WithName("ModifierFiche")
            .WithSummary("Remplacer les données d'une fiche")
            .WithDescription(
                "Remplace tous les champs (une liste absente est vidée ; les adresses gardent leur historique et ne changent pas ici). "
                + "Envoyer l'ETag lu dans If-Match : une version périmée répond 412 et ne modifie rien.")
            .RequirePermission(FichesPermissions.Ecrire)
            .WithValidation<ModifierFicheRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .AvecExemples(ExemplesFiches.Creation, (StatusCodes.Status200OK, ExemplesFiches.Fiche));

    private static async Task<Results<Ok<FicheResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ModifierFicheRequest request, ModifierFicheHandler handler, RechercheDoublons doublons, TimeProvider timeProvider, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(
            context, version => handler.HandleAsync(id, version, request, cancellationToken), written => written.Version);
        if (!result.IsSuccess)
        {
            return ErrorResults.Problem(result.Error!);
        }

        var candidats = await doublons.AvertissementsAsync(result.Value, cancellationToken);
        return TypedResults.Ok(FicheResponse.From(result.Value, timeProvider.Aujourdhui()) with { Doublons = candidats });
    }
}
