using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Statistiques.Contracts;
using SocialErp.Modules.Statistiques.Domain;
using SocialErp.Modules.Statistiques.Domain.Executions;
using SocialErp.Modules.Statistiques.Domain.Listes;
using SocialErp.Modules.Statistiques.Features.Executions;
using SocialErp.Modules.Statistiques.Persistence;
using SocialErp.Modules.Statistiques.Production;
using SocialErp.Modules.Statistiques.Production.Listes;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Statistiques.Features.Listes;

/// <summary>
/// A list's result as JSON (on screen) or as a CSV / Excel export (permission statistiques.exporter). Above the
/// configured synchronous limit an export becomes a background job (202, to follow and download later by its
/// requester) and the JSON rows are cut at the limit.
/// </summary>
internal static class ResultatListeEndpoints
{
    private static readonly string[] Formats = ["json", "csv", "xlsx"];

    public static void MapResultatListe(this IEndpointRouteBuilder group)
    {
        group.MapGet("/listes/{id:guid}/resultat", ResultatAsync)
            .WithName("ResultatListeStatistique")
            .WithSummary("Exécuter une liste paramétrable")
            .WithDescription("?format=json (défaut), csv (; UTF-8) ou xlsx (classeur mis en forme). CSV et Excel demandent le droit statistiques.exporter. "
                + "Au-delà de la limite synchrone configurée (Statistiques:LimiteSynchroneListes), l'export répond 202 avec un travail à suivre "
                + "(Location) dont le fichier se télécharge ensuite ; le JSON est alors coupé à la limite (tronque = true).")
            .RequirePermission(StatistiquesPermissions.Lire)
            .Produces<ResultatListeResponse>(StatusCodes.Status200OK, "application/json", "text/csv", EcrivainListe.TypeXlsx)
            .Produces<ExecutionResponse>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/listes/exports/{id:guid}", ObtenirExportAsync)
            .WithName("ObtenirExportListe")
            .WithSummary("Suivre l'export d'une liste")
            .WithDescription("Statut, progression et lien du fichier d'un export en arrière-plan ; seul celui qui l'a demandé le voit.")
            .RequirePermission(StatistiquesPermissions.Exporter)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/listes/exports/{id:guid}/fichier", TelechargerExportAsync)
            .WithName("TelechargerExportListe")
            .WithSummary("Télécharger l'export d'une liste")
            .WithDescription("Le fichier CSV ou Excel, ETag = somme SHA-256 (If-None-Match → 304) ; 409 tant que le travail n'est pas fini.")
            .RequirePermission(StatistiquesPermissions.Exporter)
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ResultatAsync(
        Guid id, string? format, StatistiquesDbContext db, SemeurListes semeur, EvaluateurListe evaluateur, LanceurExecutions lanceur,
        IOptions<StatistiquesOptions> options, ICurrentUser user, TimeProvider timeProvider, CancellationToken ct)
    {
        format = format?.ToLowerInvariant() ?? "json";
        if (!Formats.Contains(format))
        {
            return ErrorResults.Problem(Error.Validation("format", $"Format inconnu « {format} » (attendu : json, csv ou xlsx)."));
        }

        await semeur.AssurerAsync(ct);
        var liste = await ListesEndpoints.Visibles(db, user).AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, ct);
        if (liste is null)
        {
            return ErrorResults.Problem(StatistiquesErrors.ListeIntrouvable);
        }

        if (format != "json" && !user.HasPermission(StatistiquesPermissions.Exporter))
        {
            return ErrorResults.Problem(StatistiquesErrors.ExportNonAutorise);
        }

        var definition = DefinitionListe.Lire(liste.Definition)!;
        var resultat = await evaluateur.EvaluerAsync(definition, timeProvider.Aujourdhui(), ct);
        var limite = options.Value.LimiteSynchroneListes;
        if (format == "json")
        {
            return TypedResults.Ok(Reponse(liste, resultat, limite));
        }

        if (resultat.Lignes.Count > limite)
        {
            var execution = await lanceur.LancerExportListeAsync(liste.Id, new DemandeExportListe(liste.Nom, definition), format, ct);
            return TypedResults.Accepted($"/api/statistiques/listes/exports/{execution.Id}", ReponseExport(execution));
        }

        var generation = timeProvider.GetUtcNow().UtcDateTime;
        using var fichier = new MemoryStream();
        EcrivainListe.Ecrire(fichier, format, liste.Nom, definition, resultat, generation);
        return TypedResults.File(fichier.ToArray(), EcrivainListe.TypeContenu(format), EcrivainListe.NomFichier(liste.Nom, format, generation));
    }

    private static async Task<Results<Ok<ExecutionResponse>, ProblemHttpResult>> ObtenirExportAsync(Guid id, StatistiquesDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var execution = await Export(db, user, id).SingleOrDefaultAsync(ct);
        return execution is null ? ErrorResults.Problem(StatistiquesErrors.ExportIntrouvable) : TypedResults.Ok(ReponseExport(execution));
    }

    private static async Task<IResult> TelechargerExportAsync(Guid id, HttpRequest request, StatistiquesDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var execution = await Export(db, user, id).SingleOrDefaultAsync(ct);
        return execution is null
            ? ErrorResults.Problem(StatistiquesErrors.ExportIntrouvable)
            : await TelechargementFichier.RepondreAsync(execution, request, db, ct);
    }

    private static IQueryable<ExecutionStatistique> Export(StatistiquesDbContext db, ICurrentUser user, Guid id) =>
        db.Executions.AsNoTracking().Where(e => e.Id == id && e.Type == TypesExecution.Liste && e.DemandeeParId == user.Id);

    private static ExecutionResponse ReponseExport(ExecutionStatistique execution) =>
        ExecutionResponse.From(execution) with
        {
            Fichier = execution.Checksum is null ? null : $"/api/statistiques/listes/exports/{execution.Id}/fichier",
        };

    private static ResultatListeResponse Reponse(ListeStatistique liste, ResultatListe resultat, int limite)
    {
        var codes = resultat.Colonnes.Select(c => c.Code).ToList();
        Dictionary<string, object?> Ligne(object?[] valeurs) => codes.Select((c, i) => (c, valeurs[i])).ToDictionary(p => p.c, p => p.Item2, StringComparer.Ordinal);
        return new ResultatListeResponse(
            liste.Id,
            liste.Nom,
            resultat.Colonnes.Select(c => new ColonneResultatResponse(c.Code, c.Libelle, ListesEndpoints.Type(c.Type))).ToList(),
            resultat.Lignes.Take(limite).Select(Ligne).ToList(),
            resultat.Totaux is { } totaux ? Ligne(totaux) : null,
            resultat.Lignes.Count,
            resultat.Lignes.Count > limite);
    }
}
