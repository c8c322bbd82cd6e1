using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Facturation;

internal static class ConventionsFacturationEndpoints
{
    public static void MapConventionsFacturation(this IEndpointRouteBuilder group)
    {
        group.MapPost("/factures-debiteurs/conventions", ConclureAsync)
            .WithName("ConclureConventionFacturation")
            .WithSummary("Conclure une convention de facturation périodique")
            .WithDescription(
                "Le débiteur est facturé chaque mois, trimestre ou semestre des prestations refacturables du dossier et des charges de ses "
                + "budgets refacturables à ce débiteur.")
            .RequirePermission(ComptabilitePermissions.Facturer)
            .WithValidation<ConventionFacturationRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/factures-debiteurs/conventions", ListerAsync)
            .WithName("ListerConventionsFacturation")
            .WithSummary("Conventions de facturation d'un dossier")
            .RequirePermission(ComptabilitePermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/factures-debiteurs/executions", ExecuterAsync)
            .WithName("ExecuterFacturationPeriodique")
            .WithSummary("Exécuter la facturation périodique d'une période")
            .WithDescription(
                "Pour chaque convention de la périodicité de la période (AAAA-MM mensuelle, AAAA-Tn trimestrielle, AAAA-Sn semestrielle) en vigueur : "
                + "une facture des prestations refacturables de la période pas encore facturées et des charges de budget refacturables au débiteur "
                + "payées jusqu'à la fin de la période (depuis le début de la convention) et pas encore facturées à ce débiteur. Une seconde exécution de la même période ne crée "
                + "rien (« deja-facturee ») ; les conventions sans prestation sont signalées (« rien-a-facturer »), celles d'un dossier dont la "
                + "facturation est bloquée au plus tard le dernier jour de la période (abandon, rupture) « facturation-bloquee », d'un dossier "
                + "terminé, abandonné, clos ou archivé dès son premier jour « dossier-ferme » (`detail` : depuis quand et pourquoi). Chaque jour, "
                + "une tâche planifiée exécute les périodes échues (`Comptabilite:Facturation:Cron`, `JourExecutionAutomatique`).")
            .RequirePermission(ComptabilitePermissions.Facturer)
            .ProducesValidationProblem();
    }

    private static async Task<Results<Created<ConventionFacturationResponse>, ProblemHttpResult>> ConclureAsync(
        ConventionFacturationRequest request, FacturationPeriodiqueHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.ConclureAsync(request, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created($"/api/comptabilite/factures-debiteurs/conventions?dossierId={result.Value.DossierId}", ConventionFacturationResponse.From(result.Value))
            : ErrorResults.Problem(result.Error!);
    }

    private static async Task<Results<Ok<List<ConventionFacturationResponse>>, ProblemHttpResult>> ListerAsync(
        Guid dossierId, DimensionsVisibles visibles, ComptabiliteDbContext db, CancellationToken cancellationToken)
    {
        if (!await visibles.DossierAsync(dossierId, cancellationToken))
        {
            return ErrorResults.Problem(ComptabiliteErrors.DossierIntrouvable);
        }

        var conventions = await db.ConventionsFacturation.AsNoTracking().Where(c => c.DossierId == dossierId).OrderBy(c => c.Du).ToListAsync(cancellationToken);
        return TypedResults.Ok(conventions.Select(ConventionFacturationResponse.From).ToList());
    }

    private static async Task<Results<Ok<ExecutionFacturationResponse>, ProblemHttpResult>> ExecuterAsync(
        ExecutionFacturationRequest request, FacturationPeriodiqueHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.ExecuterAsync(request, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ErrorResults.Problem(result.Error!);
    }
}
