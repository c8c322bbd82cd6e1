using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Statistiques.Contracts;
using SocialErp.Modules.Statistiques.Domain;
using SocialErp.Modules.Statistiques.Production.TableauxDeBord;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Statistiques.Features.TableauxDeBord;

internal static class TableauxDeBordEndpoints
{
    public static void MapTableauxDeBord(this IEndpointRouteBuilder group) =>
        group.MapGet("/tableaux-de-bord/{code}", ObtenirAsync)
            .WithName("ObtenirTableauDeBord")
            .WithSummary("Lire un tableau de bord")
            .WithDescription("activite (dossiers actifs, entrées, sorties, durée moyenne, coût net par dossier, taux de sortie, dette sociale) ou "
                + "indicateurs-ofs (taux d'aide sociale par commune selon Statistiques:Populations, part des dossiers courts, durée moyenne, "
                + "dépense nette par dossier, taux de sortie, âges) : totaux de la période et séries mensuelles alignées sur « mois ». "
                + "?du=AAAA-MM&au=AAAA-MM (défaut : les douze derniers mois, 120 au plus).")
            .RequirePermission(StatistiquesPermissions.Lire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<TableauDeBordResponse>, ProblemHttpResult>> ObtenirAsync(
        string code, string? du, string? au, CalculTableauxDeBord calcul, TimeProvider timeProvider, CancellationToken ct)
    {
        if (!CalculTableauxDeBord.Codes.Contains(code))
        {
            return ErrorResults.Problem(StatistiquesErrors.TableauIntrouvable);
        }

        var periode = PeriodeTableau.Lire(du, au, timeProvider.Aujourdhui());
        return periode.IsSuccess
            ? TypedResults.Ok(await calcul.CalculerAsync(code, periode.Value, ct))
            : ErrorResults.Problem(periode.Error!);
    }
}
