using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Domain.Budgets;
using SocialErp.Modules.Comptabilite.Domain.Paiements;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Idempotence;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.Features.Budgets;

internal static class BudgetsEndpoints
{
    private const int Limite = 500;

    public static void MapBudgets(this IEndpointRouteBuilder group)
    {
        group.MapGet("/budgets", ListerAsync)
            .WithName("ListerBudgets")
            .WithSummary("Budgets mensuels")
            .WithDescription(
                "Les budgets des dossiers visibles (au plus 500), filtrables par « dossierId », « genre » et « valableLe » (une version valable ce jour-là).")
            .RequirePermission(ComptabilitePermissions.Lire);
        group.MapPost("/budgets", CreerAsync)
            .WithName("CreerBudget")
            .WithSummary("Établir le budget mensuel d'un dossier")
            .WithDescription(
                "Ressources et charges de l'unité d'allocation, chacune avec sa personne bénéficiaire, son destinataire (fiche et IBAN suisse, référence "
                + "QRR/SCOR), sa périodicité et sa validité. L'entretien de base sans montant suit le barème CSIAS configuré selon la taille du ménage. "
                + "Genres : allocation, bourse, prêt (dette sociale). Deux budgets du même dossier et du même genre ne se chevauchent pas (409). "
                + "Idempotency-Key honoré.")
            .RequirePermission(ComptabilitePermissions.GererBudgets)
            .WithValidation<BudgetRequest>()
            .WithIdempotence<BudgetRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/budgets/{id:guid}", ObtenirAsync)
            .WithName("ObtenirBudget")
            .WithSummary("Un budget et ses versions")
            .WithDescription("Toutes les versions (la plus ancienne d'abord), leurs lignes et leurs totaux mensuels ; ETag = version du budget.")
            .RequirePermission(ComptabilitePermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/budgets/{id:guid}", ModifierAsync)
            .WithName("VersionnerBudget")
            .WithSummary("Nouvelle version d'un budget à partir d'une date")
            .WithDescription(
                "Le budget tel qu'il vaut dès « du » : la version précédente se termine la veille. Une date qui n'est pas postérieure au début de la "
                + "dernière version, ou qui chevauche un autre budget du même genre, est refusée (409). If-Match facultatif (412 sur une version périmée).")
            .RequirePermission(ComptabilitePermissions.GererBudgets)
            .WithValidation<VersionBudgetRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<Ok<List<BudgetResponse>>> ListerAsync(
        Guid? dossierId, string? genre, DateOnly? valableLe, ComptabiliteDbContext db, DimensionsVisibles visibles, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var budgets = db.Budgets.AsNoTracking().Include(b => b.Versions).ThenInclude(v => v.Lignes).AsSplitQuery();
        if (dossierId is not null)
        {
            budgets = budgets.Where(b => b.DossierId == dossierId);
        }

        if (genre is not null)
        {
            budgets = budgets.Where(b => b.Genre == genre);
        }

        if (valableLe is { } jour)
        {
            budgets = budgets.Where(b => b.Versions.Any(v => v.Du <= jour && (v.Au == null || v.Au >= jour)));
        }

        var aujourdhui = Horloge.Aujourdhui(timeProvider);
        var reponse = new List<BudgetResponse>();
        foreach (var budget in await budgets.OrderBy(b => b.Id).Take(Limite).ToListAsync(cancellationToken))
        {
            if (await visibles.DossierAsync(budget.DossierId, cancellationToken))
            {
                reponse.Add(BudgetResponse.From(budget, aujourdhui));
            }
        }

        return TypedResults.Ok(reponse);
    }

    private static async Task<Results<Created<BudgetResponse>, ProblemHttpResult>> CreerAsync(
        BudgetRequest request,
        [FromHeader(Name = IdempotenceFilter<BudgetRequest>.Header)] string? idempotencyKey,
        BudgetsHandler handler,
        HttpContext context,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var result = await handler.CreerAsync(request, cancellationToken);
        if (!result.IsSuccess)
        {
            return ErrorResults.Problem(result.Error!);
        }

        ETags.Set(context.Response, result.Value.Version);
        return TypedResults.Created($"/api/comptabilite/budgets/{result.Value.Id}", BudgetResponse.From(result.Value, Horloge.Aujourdhui(timeProvider)));
    }

    private static async Task<Results<Ok<BudgetResponse>, ProblemHttpResult>> ObtenirAsync(
        Guid id, BudgetsHandler handler, HttpContext context, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var budget = await handler.ChargerAsync(id, cancellationToken);
        if (budget is null)
        {
            return ErrorResults.Problem(PaiementsErrors.BudgetIntrouvable);
        }

        ETags.Set(context.Response, budget.Version);
        return TypedResults.Ok(BudgetResponse.From(budget, Horloge.Aujourdhui(timeProvider)));
    }

    private static async Task<Results<Ok<BudgetResponse>, ProblemHttpResult>> ModifierAsync(
        Guid id, VersionBudgetRequest request, BudgetsHandler handler, HttpContext context, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(
            context, version => handler.NouvelleVersionAsync(id, request, version, cancellationToken), budget => budget.Version);
        return result.IsSuccess
            ? TypedResults.Ok(BudgetResponse.From(result.Value, Horloge.Aujourdhui(timeProvider)))
            : ErrorResults.Problem(result.Error!);
    }
}
