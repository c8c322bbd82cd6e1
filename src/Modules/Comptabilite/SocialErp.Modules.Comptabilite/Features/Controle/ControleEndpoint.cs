using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Contracts;

namespace SocialErp.Modules.Comptabilite.Features.Controle;

internal static class ControleEndpoint
{
    public static void MapControle(this IEndpointRouteBuilder group) =>
        group.MapGet("/controle", HandleAsync)
            .WithName("ControlerComptabilite")
            .WithSummary("Contrôle d'intégrité de la comptabilité")
            .WithDescription(
                "Recalcule depuis les lignes : écritures équilibrées et d'au moins deux lignes, montants valides, totaux d'en-tête, "
                + "genre et date recopiés sur les lignes, aucune écriture créée dans un mois alors clôturé, extournes miroir, projections "
                + "(re-pointages, périodes d'UA) cohérentes. Chaque différence est listée ; « conforme » quand il n'y en a aucune.")
            .RequirePermission(ComptabilitePermissions.Consolider);

    private static async Task<Ok<ControleResponse>> HandleAsync(ControleIntegrite controle, CancellationToken cancellationToken) =>
        TypedResults.Ok(await controle.ExecuterAsync(cancellationToken));
}
