using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Domain.Paiements;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.ExecutionsBudgets;

internal static class ExecutionsBudgetsEndpoints
{
    private const int AnomaliesMax = 1000;

    public static void MapExecutionsBudgets(this IEndpointRouteBuilder group)
    {
        group.MapPost("/budgets/executions", LancerAsync)
            .WithName("ExecuterBudgets")
            .WithSummary("Exécuter les budgets d'un mois")
            .WithDescription(
                "Lance en arrière-plan l'exécution du mois : pour chaque budget valable, les écritures (charge, prêt ou bourse contre créancier ou compte "
                + "courant) et les ordres de paiement ; les dossiers dont la facturation est bloquée ou qui sont fermés sont ignorés et signalés. "
                + "202 et Location vers la progression. Un mois ne s'exécute qu'une fois : une seconde demande ne crée rien et renvoie (200) "
                + "l'exécution existante.")
            .RequirePermission(ComptabilitePermissions.Ecrire)
            .WithValidation<ExecutionBudgetsRequest>();
        group.MapGet("/budgets/executions", ListerAsync)
            .WithName("ListerExecutionsBudgets")
            .WithSummary("Exécutions de budgets")
            .WithDescription("Les exécutions, la plus récente d'abord (sans le détail des anomalies).")
            .RequirePermission(ComptabilitePermissions.Lire);
        group.MapGet("/budgets/executions/{id:guid}", ObtenirAsync)
            .WithName("ObtenirExecutionBudgets")
            .WithSummary("Progression et résumé d'une exécution de budgets")
            .WithDescription("Statut (en-attente, en-cours, terminee, echouee), traités / total, payés, ignorés, en erreur, ordres et montant, anomalies par dossier.")
            .RequirePermission(ComptabilitePermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Accepted<ExecutionBudgetsResponse>, Ok<ExecutionBudgetsResponse>>> LancerAsync(
        ExecutionBudgetsRequest request, LanceurExecutionBudgets lanceur, ComptabiliteDbContext db, CancellationToken cancellationToken)
    {
        var (execution, nouvelle) = await lanceur.LancerAsync(request.Mois!, planifiee: false, cancellationToken);
        if (nouvelle)
        {
            return TypedResults.Accepted($"/api/comptabilite/budgets/executions/{execution.Id}", ExecutionBudgetsResponse.From(execution, []));
        }

        var anomalies = await db.AnomaliesExecution.AsNoTracking().Where(a => a.ExecutionId == execution.Id).Take(AnomaliesMax).ToListAsync(cancellationToken);
        return TypedResults.Ok(ExecutionBudgetsResponse.From(execution, anomalies));
    }

    private static async Task<Ok<List<ExecutionBudgetsResponse>>> ListerAsync(ComptabiliteDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.ExecutionsBudgets.AsNoTracking().OrderByDescending(e => e.Mois).Take(120).ToListAsync(cancellationToken))
            .Select(e => ExecutionBudgetsResponse.From(e, [])).ToList());

    private static async Task<Results<Ok<ExecutionBudgetsResponse>, ProblemHttpResult>> ObtenirAsync(
        Guid id, ComptabiliteDbContext db, CancellationToken cancellationToken)
    {
        var execution = await db.ExecutionsBudgets.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (execution is null)
        {
            return ErrorResults.Problem(PaiementsErrors.ExecutionIntrouvable);
        }

        var anomalies = await db.AnomaliesExecution.AsNoTracking().Where(a => a.ExecutionId == id).OrderBy(a => a.DossierId).Take(AnomaliesMax).ToListAsync(cancellationToken);
        return TypedResults.Ok(ExecutionBudgetsResponse.From(execution, anomalies));
    }
}
