using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Statistiques.Contracts;
using SocialErp.Modules.Statistiques.Domain;
using SocialErp.Modules.Statistiques.Domain.Executions;
using SocialErp.Modules.Statistiques.Persistence;
using SocialErp.Modules.Statistiques.Production;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Statistiques.Features.Executions;

internal static class ExecutionsEndpoints
{
    public static void MapExecutions(this IEndpointRouteBuilder group)
    {
        group.MapPost("/modeles/{code}/executions", LancerAsync)
            .WithName("LancerExecutionStatistique")
            .WithSummary("Produire un modèle pour une période")
            .WithDescription("Démarre en arrière-plan la production du modèle (dernière version) pour la période (mois AAAA-MM, trimestre AAAA-T1, année AAAA). "
                + "Répond 202 avec l'exécution à suivre (Location). Une nouvelle production d'une période déjà produite garde les deux et en donne les différences.")
            .RequirePermission(StatistiquesPermissions.Officielles)
            .Produces<ExecutionResponse>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/modeles/{code}/executions", ListerAsync)
            .WithName("ListerExecutionsStatistiques")
            .WithSummary("Lister les productions d'un modèle")
            .WithDescription("Les exécutions du modèle, les plus récentes d'abord, filtrables par période (?periode=).")
            .RequirePermission(StatistiquesPermissions.Officielles);
        group.MapGet("/executions/{id:guid}", ObtenirAsync)
            .WithName("ObtenirExecutionStatistique")
            .WithSummary("Suivre une exécution")
            .WithDescription("Statut (en-attente, en-cours, validee, non-validee, terminee, echec), progression en %, comptes, rapport de plausibilité, "
                + "version du modèle, somme de contrôle SHA-256 du fichier et différences avec la production précédente de la même période.")
            .RequirePermission(StatistiquesPermissions.Officielles)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/executions/{id:guid}/fichier", TelechargerAsync)
            .WithName("TelechargerFichierExecution")
            .WithSummary("Télécharger le fichier produit")
            .WithDescription("Le fichier avec son type de contenu et un ETag (sa somme SHA-256) ; If-None-Match répond 304. 409 tant que l'exécution n'est pas terminée.")
            .RequirePermission(StatistiquesPermissions.Officielles)
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Accepted<ExecutionResponse>, ProblemHttpResult>> LancerAsync(
        string code, LancerExecutionRequest? request, LanceurExecutions lanceur, CancellationToken ct)
    {
        var resultat = await lanceur.LancerAsync(code, request?.Periode, request?.Options, planifiee: false, ct);
        return resultat.IsSuccess
            ? TypedResults.Accepted($"/api/statistiques/executions/{resultat.Value.Id}", ExecutionResponse.From(resultat.Value))
            : ErrorResults.Problem(resultat.Error!);
    }

    private static async Task<Ok<List<ExecutionResponse>>> ListerAsync(string code, string? periode, StatistiquesDbContext db, CancellationToken ct)
    {
        var executions = await db.Executions.AsNoTracking()
            .Where(e => e.ModeleCode == code && (periode == null || e.Periode == periode))
            .OrderByDescending(e => e.DemandeeLe).Take(100).ToListAsync(ct);
        return TypedResults.Ok(executions.Select(ExecutionResponse.From).ToList());
    }

    private static async Task<Results<Ok<ExecutionResponse>, ProblemHttpResult>> ObtenirAsync(Guid id, StatistiquesDbContext db, CancellationToken ct)
    {
        var execution = await db.Executions.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id && e.Type == TypesExecution.Modele, ct);
        return execution is null ? ErrorResults.Problem(StatistiquesErrors.ExecutionIntrouvable) : TypedResults.Ok(ExecutionResponse.From(execution));
    }

    private static async Task<IResult> TelechargerAsync(Guid id, HttpRequest request, StatistiquesDbContext db, CancellationToken ct)
    {
        var execution = await db.Executions.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id && e.Type == TypesExecution.Modele, ct);
        return execution is null
            ? ErrorResults.Problem(StatistiquesErrors.ExecutionIntrouvable)
            : await TelechargementFichier.RepondreAsync(execution, request, db, ct);
    }
}
