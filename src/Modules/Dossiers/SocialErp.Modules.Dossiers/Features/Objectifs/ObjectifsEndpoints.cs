using SocialErp.SharedKernel.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Features.Objectifs;

internal static class ObjectifsEndpoints
{
    private static readonly Error Introuvable = Error.NotFound("dossiers.objectif-introuvable", "Cet objectif n'existe pas dans ce dossier.");

    public static void MapObjectifs(this IEndpointRouteBuilder group)
    {
        group.MapGet("/{id:guid}/objectifs", ListerAsync)
            .WithName("ListerObjectifsDossier")
            .WithSummary("Lister les objectifs d'un dossier")
            .WithDescription("Objectifs professionnels, compétences et résultats attendus, avec le taux de réussite (atteints sur évalués). Dossier invisible : 404.")
            .RequirePermission(DossiersPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/objectifs", CreerAsync)
            .WithName("CreerObjectifDossier")
            .WithSummary("Ajouter un objectif à un dossier")
            .WithDescription("Nature et genre contrôlés (400) ; dossier archivé : 409. Répond l'objectif et son ETag.")
            .RequirePermission(DossiersPermissions.Ecrire)
            .WithValidation<ObjectifRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:guid}/objectifs/{objectifId:guid}", ModifierAsync)
            .WithName("ModifierObjectifDossier")
            .WithSummary("Modifier ou évaluer un objectif")
            .WithDescription("Remplace l'objectif (If-Match sur sa version : 412 si périmée), y compris son évaluation atteint / non atteint. "
                + "Objectif inconnu : 404 ; dossier archivé : 409.")
            .RequirePermission(DossiersPermissions.Ecrire)
            .WithValidation<ObjectifRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<Results<Ok<ObjectifsResponse>, ProblemHttpResult>> ListerAsync(
        Guid id, DossiersCibles cibles, DossiersDbContext db, CancellationToken cancellationToken)
    {
        var cible = await cibles.PourLireAsync(id, cancellationToken);
        if (!cible.IsSuccess)
        {
            return ErrorResults.Problem(cible.Error!);
        }

        var objectifs = await db.Objectifs.AsNoTracking().Where(o => o.DossierId == id).OrderBy(o => o.CreeLe).ThenBy(o => o.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new ObjectifsResponse(
            objectifs.Select(Reponse).ToList(),
            objectifs.Count(o => o.Atteint is not null),
            objectifs.Count(o => o.Atteint == true),
            Objectif.TauxReussite(objectifs)));
    }

    private static async Task<Results<Created<ObjectifResponse>, ProblemHttpResult>> CreerAsync(
        Guid id, ObjectifRequest request, DossiersCibles cibles, DossiersDbContext db, TimeProvider timeProvider, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var cible = await cibles.PourModifierAsync(id, cancellationToken);
        if (!cible.IsSuccess)
        {
            return ErrorResults.Problem(cible.Error!);
        }

        var objectif = Objectif.Creer(id, Donnees(request, timeProvider), timeProvider.Maintenant());
        db.Objectifs.Add(objectif);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(response, objectif.Version);
        return TypedResults.Created($"/api/dossiers/{id}/objectifs/{objectif.Id}", Reponse(objectif));
    }

    private static async Task<Results<Ok<ObjectifResponse>, ProblemHttpResult>> ModifierAsync(
        Guid id, Guid objectifId, ObjectifRequest request, DossiersCibles cibles, DossiersDbContext db, TimeProvider timeProvider,
        HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync<Objectif>(context, async version =>
        {
            var cible = await cibles.PourModifierAsync(id, cancellationToken);
            if (!cible.IsSuccess)
            {
                return cible.Error!;
            }

            var objectif = await db.Objectifs.FirstOrDefaultAsync(o => o.Id == objectifId && o.DossierId == id, cancellationToken);
            if (objectif is null)
            {
                return Introuvable;
            }

            var controle = ETags.Check(version, objectif.Version);
            if (!controle.IsSuccess)
            {
                return controle.Error!;
            }

            objectif.Modifier(Donnees(request, timeProvider), timeProvider.Maintenant());
            await db.SaveChangesAsync(cancellationToken);
            return objectif;
        }, o => o.Version);
        return result.IsSuccess ? TypedResults.Ok(Reponse(result.Value)) : ErrorResults.Problem(result.Error!);
    }

    private static DonneesObjectif Donnees(ObjectifRequest r, TimeProvider timeProvider) => new(
        r.Nature!, r.Genre, r.Libelle!, r.Description, r.Cible, r.Echeance, r.Atteint,
        r.Atteint is null ? null : r.EvalueLe ?? timeProvider.Aujourdhui());

    private static ObjectifResponse Reponse(Objectif o) =>
        new(o.Id, o.Nature, o.Genre, o.Libelle, o.Description, o.Cible, o.Echeance, o.Atteint, o.EvalueLe, o.Version);
}
