using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Contracts;

namespace SocialErp.Modules.Comptabilite.Features.Facturation.Seances;

internal static class FacturationSeancesEndpoints
{
    public static void MapFacturationSeances(this IEndpointRouteBuilder group)
    {
        group.MapPost("/factures-debiteurs/seances/executions", ExecuterAsync)
            .WithName("ExecuterFacturationSeances")
            .WithSummary("Facturer aux financeurs les séances émargées d'un mois")
            .WithDescription(
                "Pour un mois terminé (`periode` AAAA-MM, 400 sinon ; `date` des factures : par défaut le dernier jour du mois) et chaque dossier "
                + "ayant une séance ce mois : les séances réalisées avec présence émargée, commençant ce mois et dans la validité de la convention, "
                + "pas encore facturées, sont valorisées selon le financement du dossier — taux horaire : heures × taux ; montant total : total ÷ heures "
                + "financées par heure ; forfait : pas de facturation par séance — et plafonnées aux heures financées (heures déjà facturées comprises). "
                + "Le montant est réparti entre financeur principal et cofinanceurs selon leurs parts (pourcentages ou montants), au centime, la "
                + "dernière part prenant l'arrondi ; chaque financeur reçoit une facture débiteur par dossier, dont les lignes nomment les séances "
                + "(date, heures). Une séance n'est facturée qu'une fois par financeur : une seconde exécution ne crée rien. Par dossier, `ignorees` "
                + "dit ce qui n'est pas facturé et pourquoi : « deja-facturee », « rien-a-facturer », « sans-financement », « hors-convention », "
                + "« mode-forfait », « heures-financees-absentes », « heures-depassees » (`heures` non facturées), « facturation-bloquee » (abandon, "
                + "rupture au plus tard le dernier jour du mois), « dossier-ferme » (dès le premier jour), ou le code du problème qui a refusé les "
                + "factures du dossier (les autres dossiers sont facturés). Chaque jour, la tâche planifiée de facturation périodique exécute aussi "
                + "le dernier mois échu.")
            .RequirePermission(ComptabilitePermissions.Facturer)
            .ProducesValidationProblem();
    }

    private static async Task<Results<Ok<ExecutionSeancesResponse>, ProblemHttpResult>> ExecuterAsync(
        ExecutionSeancesRequest request, FacturationSeancesHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.ExecuterAsync(request, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ErrorResults.Problem(result.Error!);
    }
}
