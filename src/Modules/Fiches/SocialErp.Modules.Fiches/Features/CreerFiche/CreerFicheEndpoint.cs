using SocialErp.SharedKernel.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Doublons;
using SocialErp.Modules.Fiches.Features.Shared;

namespace SocialErp.Modules.Fiches.Features.CreerFiche;

internal static class CreerFicheEndpoint
{
    public static void MapCreerFiche(this IEndpointRouteBuilder group) =>
        group.MapPost("/", HandleAsync)
            .WithName("CreerFiche")
            .WithSummary("Créer une fiche (personne ou organisation)")
            .WithDescription(
                "La fiche appartient au service de l'utilisateur qui la crée. Catégories, contacts, préférences de "
                + "notification et premières adresses peuvent être donnés d'emblée. Un numéro AVS déjà porté par une fiche active est refusé (409) "
                + "sauf avec « forcer » et un « motifForcage ». La réponse liste les doublons possibles (« doublons ») sans bloquer la création.")
            .RequirePermission(FichesPermissions.Ecrire)
            .WithValidation<CreerFicheRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .AvecExemples(ExemplesFiches.Creation, (StatusCodes.Status201Created, ExemplesFiches.FicheCreee));

    private static async Task<Results<Created<FicheResponse>, ProblemHttpResult>> HandleAsync(
        CreerFicheRequest request,
        CreerFicheHandler handler,
        RechercheDoublons doublons,
        TimeProvider timeProvider,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(request, cancellationToken);
        if (!result.IsSuccess)
        {
            return ErrorResults.Problem(result.Error!);
        }

        var candidats = await doublons.AvertissementsAsync(result.Value, cancellationToken);
        ETags.Set(response, result.Value.Version);
        return TypedResults.Created(
            $"/api/fiches/{result.Value.Id}",
            FicheResponse.From(result.Value, timeProvider.Aujourdhui()) with { Doublons = candidats });
    }
}
