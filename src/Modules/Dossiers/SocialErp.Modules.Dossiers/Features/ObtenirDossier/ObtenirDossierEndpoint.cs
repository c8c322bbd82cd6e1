using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;

namespace SocialErp.Modules.Dossiers.Features.ObtenirDossier;

internal static class ObtenirDossierEndpoint
{
    public static void MapObtenirDossier(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}", HandleAsync)
            .WithName("ObtenirDossier")
            .WithSummary("Lire un dossier")
            .WithDescription(
                "Le dossier complet (membres, référents, partages, historique des statuts, dates clés, dernier paiement ordinaire et "
                + "clôture proposée six mois après lui) et son ETag. Un dossier archivé reste lisible. Un dossier que l'utilisateur "
                + "ne peut pas voir répond 404, comme un dossier inexistant.")
            .RequirePermission(DossiersPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<DossierResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ChargementDossier chargement, ReponseDossier reponse, HttpResponse response, CancellationToken cancellationToken)
    {
        var dossier = await chargement.LireAsync(id, cancellationToken);
        if (dossier is null)
        {
            return ErrorResults.Problem(DossierErrors.Introuvable);
        }

        ETags.Set(response, dossier.Version);
        return TypedResults.Ok(await reponse.DeAsync(dossier, cancellationToken));
    }
}
