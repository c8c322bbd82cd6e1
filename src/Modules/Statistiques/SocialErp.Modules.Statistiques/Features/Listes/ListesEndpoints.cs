using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Statistiques.Contracts;
using SocialErp.Modules.Statistiques.Domain;
using SocialErp.Modules.Statistiques.Domain.Listes;
using SocialErp.Modules.Statistiques.Persistence;
using SocialErp.Modules.Statistiques.Production.Listes;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Statistiques.Features.Listes;

/// <summary>
/// Saved lists: each user sees their own and the shared ones (another user's private list is 404); only the author
/// changes or deletes a list, the shipped lists are revised by holders of statistiques.ecrire and never deleted.
/// </summary>
internal static class ListesEndpoints
{
    public static void MapListes(this IEndpointRouteBuilder group)
    {
        group.MapGet("/listes", ListerAsync)
            .WithName("ListerListesStatistiques")
            .WithSummary("Lister les listes paramétrables")
            .WithDescription("Les listes de l'utilisateur et les listes partagées (dont les trois livrées), par nom.")
            .RequirePermission(StatistiquesPermissions.Lire);
        group.MapGet("/listes/colonnes", Colonnes)
            .WithName("ListerColonnesListes")
            .WithSummary("Colonnes disponibles pour les listes")
            .WithDescription("Le catalogue des colonnes (code, libellé, type), pour une entité (?entite=dossiers…, &parPersonne=true) ou toutes, "
                + "suivi des champs personnalisés des dossiers connus des statistiques (dossier.champ.<code>, en texte).")
            .RequirePermission(StatistiquesPermissions.Lire)
            .ProducesValidationProblem();
        group.MapPost("/listes", CreerAsync)
            .WithName("CreerListeStatistique")
            .WithSummary("Enregistrer une liste paramétrable")
            .WithDescription("Entité (dossiers, ecritures, paiements, evenements, seances, personnes), colonnes, filtres, groupement, totaux, tri ; "
                + "privée ou partagée. Colonnes, filtres et tris sont vérifiés ici (400 avec le champ fautif) : une liste enregistrée s'exécute.")
            .RequirePermission(StatistiquesPermissions.Lire)
            .ProducesValidationProblem();
        group.MapGet("/listes/{id:guid}", ObtenirAsync)
            .WithName("ObtenirListeStatistique")
            .WithSummary("Lire une liste paramétrable")
            .WithDescription("La définition d'une liste à soi ou partagée ; ETag = version.")
            .RequirePermission(StatistiquesPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/listes/{id:guid}", ModifierAsync)
            .WithName("ModifierListeStatistique")
            .WithSummary("Modifier une liste paramétrable")
            .WithDescription("Remplace nom, partage et définition. Par son auteur (une liste livrée : droit statistiques.ecrire) ; If-Match recommandé.")
            .RequirePermission(StatistiquesPermissions.Lire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapDelete("/listes/{id:guid}", SupprimerAsync)
            .WithName("SupprimerListeStatistique")
            .WithSummary("Supprimer une liste paramétrable")
            .WithDescription("Par son auteur. Les listes livrées ne se suppriment pas (409).")
            .RequirePermission(StatistiquesPermissions.Lire)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<Ok<List<ListeResponse>>> ListerAsync(StatistiquesDbContext db, SemeurListes semeur, ICurrentUser user, CancellationToken ct)
    {
        await semeur.AssurerAsync(ct);
        var listes = await Visibles(db, user).AsNoTracking().ToListAsync(ct);
        return TypedResults.Ok(listes.OrderBy(l => l.Nom, StringComparer.CurrentCulture).Select(l => ListeResponse.From(l, Modifiable(l, user))).ToList());
    }

    private static async Task<Results<Ok<List<ColonneCatalogueResponse>>, ProblemHttpResult>> Colonnes(
        string? entite, bool? parPersonne, StatistiquesDbContext db, CancellationToken ct)
    {
        if (entite is not null && !CatalogueColonnes.Entites.Contains(entite))
        {
            return ErrorResults.Problem(Error.Validation("entite", $"Entité inconnue « {entite} » (attendu : {string.Join(", ", CatalogueColonnes.Entites)})."));
        }

        var familles = entite is null ? null : CatalogueColonnes.Familles(entite, parPersonne ?? false);
        var champs = familles is null || familles.Contains("dossier")
            ? await db.ChampsDossier.AsNoTracking().Select(c => c.Code).Distinct().OrderBy(c => c).ToListAsync(ct)
            : [];
        return TypedResults.Ok(CatalogueColonnes.Colonnes.Where(c => familles is null || familles.Contains(c.Famille))
            .Concat(champs.Select(CatalogueColonnes.Champ))
            .Select(c => new ColonneCatalogueResponse(c.Code, c.Libelle, Type(c.Type))).ToList());
    }

    private static async Task<Results<Created<ListeResponse>, ProblemHttpResult>> CreerAsync(
        ListeRequest request, StatistiquesDbContext db, SemeurListes semeur, ICurrentUser user, TimeProvider timeProvider, HttpContext context, CancellationToken ct)
    {
        await semeur.AssurerAsync(ct);
        if (Invalide(request) is { } probleme)
        {
            return ErrorResults.Problem(probleme);
        }

        var liste = new ListeStatistique(Guid.CreateVersion7())
        {
            Nom = request.Nom!.Trim(),
            ProprietaireId = user.Id,
            Partagee = request.Partagee,
            Definition = request.Definition!.Ecrire(),
            CreeLe = timeProvider.GetUtcNow().UtcDateTime,
        };
        db.Listes.Add(liste);
        await db.SaveChangesAsync(ct);
        ETags.Set(context.Response, liste.Version);
        return TypedResults.Created($"/api/statistiques/listes/{liste.Id}", ListeResponse.From(liste, modifiable: true));
    }

    private static async Task<Results<Ok<ListeResponse>, ProblemHttpResult>> ObtenirAsync(
        Guid id, StatistiquesDbContext db, SemeurListes semeur, ICurrentUser user, HttpContext context, CancellationToken ct)
    {
        await semeur.AssurerAsync(ct);
        var liste = await Visibles(db, user).AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, ct);
        if (liste is null)
        {
            return ErrorResults.Problem(StatistiquesErrors.ListeIntrouvable);
        }

        ETags.Set(context.Response, liste.Version);
        return TypedResults.Ok(ListeResponse.From(liste, Modifiable(liste, user)));
    }

    private static async Task<Results<Ok<ListeResponse>, ProblemHttpResult>> ModifierAsync(
        Guid id, ListeRequest request, StatistiquesDbContext db, SemeurListes semeur, ICurrentUser user, HttpContext context, CancellationToken ct)
    {
        await semeur.AssurerAsync(ct);
        var resultat = await VersionedWrites.RunAsync(context, async version =>
        {
            var liste = await ModifiableAsync(db, user, id, version, ct);
            if (!liste.IsSuccess)
            {
                return liste;
            }

            if (Invalide(request) is { } probleme)
            {
                return (Result<ListeStatistique>)probleme;
            }

            liste.Value.Nom = request.Nom!.Trim();
            liste.Value.Partagee = request.Partagee;
            liste.Value.Definition = request.Definition!.Ecrire();
            await db.SaveChangesAsync(ct);
            return liste;
        }, l => l.Version);
        return resultat.IsSuccess ? TypedResults.Ok(ListeResponse.From(resultat.Value, modifiable: true)) : ErrorResults.Problem(resultat.Error!);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SupprimerAsync(
        Guid id, StatistiquesDbContext db, SemeurListes semeur, ICurrentUser user, HttpContext context, CancellationToken ct)
    {
        await semeur.AssurerAsync(ct);
        var version = ETags.ReadIfMatch(context.Request);
        if (!version.IsSuccess)
        {
            return ErrorResults.Problem(version.Error!);
        }

        var liste = await ModifiableAsync(db, user, id, version.Value, ct);
        if (!liste.IsSuccess)
        {
            return ErrorResults.Problem(liste.Error!);
        }

        if (liste.Value.ProprietaireId is null)
        {
            return ErrorResults.Problem(StatistiquesErrors.ListeLivree);
        }

        db.Listes.Remove(liste.Value);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>The lists the user sees: their own and the shared ones.</summary>
    internal static IQueryable<ListeStatistique> Visibles(StatistiquesDbContext db, ICurrentUser user) =>
        db.Listes.Where(l => l.Partagee || l.ProprietaireId == user.Id);

    internal static string Type(TypeColonneListe type) => type.ToString().ToLowerInvariant();

    private static async Task<Result<ListeStatistique>> ModifiableAsync(StatistiquesDbContext db, ICurrentUser user, Guid id, long? version, CancellationToken ct)
    {
        var liste = await Visibles(db, user).SingleOrDefaultAsync(l => l.Id == id, ct);
        if (liste is null)
        {
            return StatistiquesErrors.ListeIntrouvable;
        }

        if (!Modifiable(liste, user))
        {
            return StatistiquesErrors.ListeNonModifiable;
        }

        var courante = ETags.Check(version, liste.Version);
        return courante.IsSuccess ? liste : courante.Error!;
    }

    private static bool Modifiable(ListeStatistique liste, ICurrentUser user) =>
        liste.ProprietaireId is null ? user.HasPermission(StatistiquesPermissions.Ecrire) : liste.ProprietaireId == user.Id;

    private static Error? Invalide(ListeRequest request)
    {
        var erreurs = request.Definition is null
            ? new Dictionary<string, string[]> { ["definition"] = ["La définition de la liste est requise."] }
            : ValidateurListe.Valider(request.Nom, request.Definition);
        return erreurs.Count == 0 ? null : Error.Validation("statistiques.liste-invalide", "La définition de la liste est invalide.", erreurs);
    }
}
