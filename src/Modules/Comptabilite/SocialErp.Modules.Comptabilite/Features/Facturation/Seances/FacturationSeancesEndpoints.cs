using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Idempotence;

namespace SocialErp.Modules.Comptabilite.Features.Facturation.Seances;

internal static class FacturationSeancesEndpoints
{
    public static void MapFacturationSeances(this IEndpointRouteBuilder group)
    {
        group.MapPost("/factures-debiteurs/seances/executions", ExecuterAsync)
            .WithName("ExecuterFacturationSeances")
            .WithSummary("Facturer aux financeurs les séances émargées d'un mois")
            .WithDescription(
                "Pour un mois terminé (`periode` AAAA-MM, 400 sinon ; `date` des documents : par défaut le dernier jour du mois) et chaque dossier "
                + "ayant une séance ce mois ou des séances déjà facturées pour ce mois : ce qui est dû maintenant — séances réalisées avec présence "
                + "émargée, dans la validité de la convention, valorisées selon le financement actuel (taux horaire : heures × taux ; montant total : "
                + "total ÷ heures financées par heure, sur les heures cumulées) et plafonnées aux heures financées dans l'ordre des séances ; forfait : "
                + "le montant du forfait une fois par convention, le mois de sa première séance émargée présente — est réparti entre financeur principal "
                + "et cofinanceurs (parts, au centime, la dernière prenant l'arrondi) et comparé, par séance et financeur, à ce qui a déjà été facturé "
                + "pour le mois (mouvements enregistrés). Chaque financeur reçoit une facture pour les différences positives (nouvelles séances, "
                + "suppléments après hausse du plafond ou du taux) et, par facture d'origine, un avoir pour les différences négatives (séance annulée, "
                + "raccourcie, déplacée, financement diminué : « Séance du 03.03.2025 annulée — avoir 2.00 h »), jamais au-delà de ce qui a été "
                + "facturé ni du solde de la facture d'origine. Ré-exécuter un mois n'émet que les différences ; sans différence rien n'est émis. "
                + "Deux exécutions concurrentes n'émettent qu'une fois (la seconde signale « deja-facturee »). Par dossier, `ignorees` dit ce qui "
                + "n'est pas émis et pourquoi : « deja-facturee », « rien-a-facturer », « sans-financement », « hors-convention », "
                + "« convention-precedente » (facturé sous une convention que le financement ne porte plus : non crédité automatiquement), "
                + "« forfait-autre-mois », « heures-financees-absentes », « heures-depassees » (`heures` non facturées), « facturation-bloquee », "
                + "« dossier-ferme », ou le code du problème qui a refusé les documents du dossier (période comptable clôturée, facture d'origine "
                + "soldée… ; les autres dossiers sont traités). Idempotency-Key honoré. Chaque jour, la tâche planifiée de facturation périodique "
                + "exécute le dernier mois échu et chaque mois antérieur non clôturé en comptabilité.")
            .WithIdempotence<ExecutionSeancesRequest>()
            .RequirePermission(ComptabilitePermissions.Facturer)
            .ProducesValidationProblem();
    }

    private static async Task<Results<Ok<ExecutionSeancesResponse>, ProblemHttpResult>> ExecuterAsync(
        ExecutionSeancesRequest request,
        [FromHeader(Name = IdempotenceFilter<ExecutionSeancesRequest>.Header)] string? idempotencyKey,
        FacturationSeancesHandler handler,
        CancellationToken cancellationToken)
    {
        var result = await handler.ExecuterAsync(request, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ErrorResults.Problem(result.Error!);
    }
}
