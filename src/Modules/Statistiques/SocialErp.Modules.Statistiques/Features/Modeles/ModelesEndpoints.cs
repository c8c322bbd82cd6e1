using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Statistiques.Contracts;
using SocialErp.Modules.Statistiques.Domain;
using SocialErp.Modules.Statistiques.Domain.Modeles;
using SocialErp.Modules.Statistiques.Persistence;
using SocialErp.Modules.Statistiques.Production;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Statistiques.Features.Modeles;

internal static class ModelesEndpoints
{
    public static void MapModeles(this IEndpointRouteBuilder group)
    {
        group.MapGet("/modeles", ListerAsync)
            .WithName("ListerModelesStatistiques")
            .WithSummary("Lister les modèles statistiques")
            .WithDescription("Chaque modèle dans sa dernière version : destinataire (OFS, ODAS, OFAS, canton, commune), type de période.")
            .RequirePermission(StatistiquesPermissions.Officielles);
        group.MapGet("/modeles/{code}", ObtenirAsync)
            .WithName("ObtenirModeleStatistique")
            .WithSummary("Lire un modèle statistique")
            .WithDescription("La définition (population, variables et leurs sources, format, règles de plausibilité, planification) de la dernière version, "
                + "ou de la version demandée (?version=N), et la liste des versions.")
            .RequirePermission(StatistiquesPermissions.Officielles)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/modeles", EnregistrerAsync)
            .WithName("EnregistrerModeleStatistique")
            .WithSummary("Ajouter ou réviser un modèle statistique")
            .WithDescription("Enregistre la définition comme nouvelle version du modèle de même code (version 1 pour un nouveau code). "
                + "Les sources des variables, les variables citées par les règles et le format sont vérifiés ici (400 avec le champ fautif) : "
                + "un modèle enregistré s'exécute. Les exécutions passées gardent la version avec laquelle elles ont été produites.")
            .RequirePermission(StatistiquesPermissions.Ecrire)
            .ProducesValidationProblem();
    }

    private static async Task<Ok<List<ModeleResumeResponse>>> ListerAsync(StatistiquesDbContext db, SemeurModeles semeur, CancellationToken ct)
    {
        await semeur.AssurerAsync(ct);
        var versions = await db.Modeles.AsNoTracking()
            .Select(m => new ModeleResumeResponse(m.Code, m.Libelle, m.Destinataire, m.TypePeriode, m.Version, m.CreeLe))
            .ToListAsync(ct);
        return TypedResults.Ok(versions.GroupBy(v => v.Code).Select(g => g.MaxBy(v => v.Version)!).OrderBy(v => v.Code, StringComparer.Ordinal).ToList());
    }

    private static async Task<Results<Ok<ModeleResponse>, ProblemHttpResult>> ObtenirAsync(
        string code, int? version, StatistiquesDbContext db, SemeurModeles semeur, CancellationToken ct)
    {
        await semeur.AssurerAsync(ct);
        var versions = await db.Modeles.AsNoTracking().Where(m => m.Code == code).OrderBy(m => m.Version).ToListAsync(ct);
        var modele = version is null ? versions.LastOrDefault() : versions.FirstOrDefault(v => v.Version == version);
        return modele is null
            ? ErrorResults.Problem(StatistiquesErrors.ModeleIntrouvable(code))
            : TypedResults.Ok(ModeleResponse.From(modele, versions.Select(v => new VersionModeleResponse(v.Version, v.Origine, v.CreeLe, v.CreeParId)).ToList()));
    }

    private static async Task<Results<Created<ModeleResponse>, ProblemHttpResult>> EnregistrerAsync(
        JsonElement corps, StatistiquesDbContext db, SemeurModeles semeur, ICurrentUser user, TimeProvider timeProvider, CancellationToken ct)
    {
        await semeur.AssurerAsync(ct);
        DefinitionModele? definition;
        try
        {
            definition = corps.Deserialize<DefinitionModele>(DefinitionModele.Json);
        }
        catch (JsonException exception)
        {
            return ErrorResults.Problem(Error.Validation("definition", $"Définition illisible : {exception.Message}"));
        }

        var erreurs = definition is null ? new() { ["definition"] = ["La définition du modèle est requise."] } : ValidateurModele.Valider(definition);
        if (erreurs.Count > 0)
        {
            return ErrorResults.Problem(Error.Validation("statistiques.modele-invalide", "La définition du modèle est invalide.", erreurs));
        }

        var derniere = await db.Modeles.Where(m => m.Code == definition!.Code).MaxAsync(m => (int?)m.Version, ct) ?? 0;
        var modele = Versions.Nouvelle(definition!, derniere + 1, OriginesModele.Api, user.Id, timeProvider.GetUtcNow().UtcDateTime);
        db.Modeles.Add(modele);
        await db.SaveChangesAsync(ct);
        var versions = await db.Modeles.AsNoTracking().Where(m => m.Code == modele.Code).OrderBy(m => m.Version)
            .Select(v => new VersionModeleResponse(v.Version, v.Origine, v.CreeLe, v.CreeParId)).ToListAsync(ct);
        return TypedResults.Created($"/api/statistiques/modeles/{modele.Code}", ModeleResponse.From(modele, versions));
    }
}
