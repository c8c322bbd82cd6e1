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
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Dossiers.Features.Memos;

internal static class MemosEndpoints
{
    private static readonly Error Introuvable = Error.NotFound("dossiers.memo-introuvable", "Ce mémo n'existe pas ou ne vous est pas visible.");

    private static readonly Error AuteurSeul = Error.Forbidden("dossiers.memo-auteur-seul", "Seul l'auteur d'un mémo peut le corriger.");

    public static void MapMemos(this IEndpointRouteBuilder group)
    {
        group.MapGet("/{id:guid}/memos", ListerAsync)
            .WithName("ListerMemosDossier")
            .WithSummary("Lister les mémos d'un dossier")
            .WithDescription("Les mémos d'équipe et les mémos privés de l'utilisateur, du plus récent au plus ancien. Filtres : nature "
                + "(appel, rendez-vous, email, courrier, note ; inconnue : 400), avecRelance (true : seulement les mémos qui prévoient une relance ; "
                + "false : ceux sans). Dossier invisible : 404.")
            .RequirePermission(DossiersPermissions.Lire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/memos/{memoId:guid}", LireAsync)
            .WithName("LireMemoDossier")
            .WithSummary("Lire un mémo et son historique")
            .WithDescription("Le mémo, son ETag et ses versions précédentes. Mémo privé d'un autre auteur : 404.")
            .RequirePermission(DossiersPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/memos", EcrireAsync)
            .WithName("EcrireMemoDossier")
            .WithSummary("Écrire un mémo")
            .WithDescription("Mémo d'équipe ou privé à son auteur, de nature appel, rendez-vous, email, courrier ou note (par défaut). "
                + "Une relance { date, responsableId } (par défaut l'auteur) devient une échéance « Relance mémo » dans l'échéancier du responsable ; "
                + "le responsable doit voir le dossier (400 relance.responsableId), la relance d'un mémo privé reste à son auteur, "
                + "la date est aujourd'hui ou plus tard (400 relance.date). Dossier archivé : 409.")
            .RequirePermission(DossiersPermissions.Ecrire)
            .WithValidation<MemoRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:guid}/memos/{memoId:guid}", CorrigerAsync)
            .WithName("CorrigerMemoDossier")
            .WithSummary("Corriger un mémo")
            .WithDescription("L'auteur seul corrige son mémo (403 sinon) ; le texte précédent reste dans l'historique. Une nouvelle date ou un "
                + "nouveau responsable de relance reporte ou réattribue l'échéance du Journal ; sans relance, l'échéance ouverte est annulée. "
                + "If-Match : 412 si périmé ; dossier archivé : 409.")
            .RequirePermission(DossiersPermissions.Ecrire)
            .WithValidation<MemoRequest>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<Results<Ok<IReadOnlyList<MemoResponse>>, ProblemHttpResult>> ListerAsync(
        Guid id, string? nature, bool? avecRelance, DossiersCibles cibles, DossiersDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (nature is not null && !NaturesMemo.Toutes.Contains(nature))
        {
            return ErrorResults.Problem(Error.Validation("nature", MemoValidator.NatureInconnue));
        }

        var cible = await cibles.PourLireAsync(id, cancellationToken);
        if (!cible.IsSuccess)
        {
            return ErrorResults.Problem(cible.Error!);
        }

        var moi = user.Id;
        var memos = await db.Memos.AsNoTracking().Include(m => m.Historique)
            .Where(m => m.DossierId == id && (m.Visibilite == VisibilitesMemo.Equipe || m.AuteurId == moi))
            .Where(m => nature == null || m.Nature == nature)
            .Where(m => avecRelance == null || (m.RelanceLe != null) == avecRelance)
            .OrderByDescending(m => m.CreeLe).ThenByDescending(m => m.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<MemoResponse>>(memos.Select(Reponse).ToList());
    }

    private static async Task<Results<Ok<MemoDetailResponse>, ProblemHttpResult>> LireAsync(
        Guid id, Guid memoId, DossiersCibles cibles, DossiersDbContext db, ICurrentUser user, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var cible = await cibles.PourLireAsync(id, cancellationToken);
        if (!cible.IsSuccess)
        {
            return ErrorResults.Problem(cible.Error!);
        }

        var memo = await db.Memos.AsNoTracking().Include(m => m.Historique)
            .FirstOrDefaultAsync(m => m.Id == memoId && m.DossierId == id, cancellationToken);
        if (memo is null || !memo.EstVisiblePar(user.Id))
        {
            return ErrorResults.Problem(Introuvable);
        }

        ETags.Set(response, memo.Version);
        return TypedResults.Ok(Detail(memo));
    }

    private static async Task<Results<Created<MemoResponse>, ProblemHttpResult>> EcrireAsync(
        Guid id, MemoRequest request, DossiersCibles cibles, RelancesMemos relances, DossiersDbContext db, ICurrentUser user,
        TimeProvider timeProvider, HttpResponse response, CancellationToken cancellationToken)
    {
        var cible = await cibles.PourModifierAsync(id, cancellationToken);
        if (!cible.IsSuccess)
        {
            return ErrorResults.Problem(cible.Error!);
        }

        var relance = await relances.VerifierAsync(cible.Value, request, null, cancellationToken);
        if (!relance.IsSuccess)
        {
            return ErrorResults.Problem(relance.Error!);
        }

        var memo = Memo.Ecrire(
            id, user.Id, request.Visibilite!, request.Texte!, request.Nature ?? NaturesMemo.Note, relance.Value, timeProvider.Maintenant());
        db.Memos.Add(memo);
        relances.Publier(memo, null, memo.EstPrive);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(response, memo.Version);
        return TypedResults.Created($"/api/dossiers/{id}/memos/{memo.Id}", Reponse(memo));
    }

    private static async Task<Results<Ok<MemoDetailResponse>, ProblemHttpResult>> CorrigerAsync(
        Guid id, Guid memoId, MemoRequest request, DossiersCibles cibles, RelancesMemos relances, DossiersDbContext db, ICurrentUser user,
        TimeProvider timeProvider, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync<Memo>(context, async version =>
        {
            var cible = await cibles.PourModifierAsync(id, cancellationToken);
            if (!cible.IsSuccess)
            {
                return cible.Error!;
            }

            var memo = await db.Memos.Include(m => m.Historique)
                .FirstOrDefaultAsync(m => m.Id == memoId && m.DossierId == id, cancellationToken);
            if (memo is null || !memo.EstVisiblePar(user.Id))
            {
                return Introuvable;
            }

            if (memo.AuteurId is null || memo.AuteurId != user.Id)
            {
                return AuteurSeul;
            }

            var controle = ETags.Check(version, memo.Version);
            if (!controle.IsSuccess)
            {
                return controle.Error!;
            }

            var relance = await relances.VerifierAsync(cible.Value, request, memo.Relance, cancellationToken);
            if (!relance.IsSuccess)
            {
                return relance.Error!;
            }

            var (relanceAvant, priveAvant) = (memo.Relance, memo.EstPrive);
            memo.Corriger(request.Visibilite!, request.Texte!, request.Nature ?? NaturesMemo.Note, relance.Value, timeProvider.Maintenant());
            relances.Publier(memo, relanceAvant, priveAvant);
            await db.SaveChangesAsync(cancellationToken);
            return memo;
        }, m => m.Version);
        return result.IsSuccess ? TypedResults.Ok(Detail(result.Value)) : ErrorResults.Problem(result.Error!);
    }

    private static MemoResponse Reponse(Memo m) => new(
        m.Id, m.AuteurId, m.Visibilite, m.Nature, m.Texte, m.Relance is { } r ? new RelanceMemoResponse(r.Date, r.ResponsableId) : null, m.CreeLe,
        m.ModifieLe, m.Historique.Count, m.Version);

    private static MemoDetailResponse Detail(Memo m) => new(
        Reponse(m),
        m.Historique.OrderBy(v => v.Numero).Select(v => new VersionMemoResponse(v.Numero, v.Visibilite, v.Texte, v.EcritLe)).ToList());
}
