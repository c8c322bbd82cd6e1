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
            .WithDescription("Les mémos d'équipe et les mémos privés de l'utilisateur, du plus récent au plus ancien. Dossier invisible : 404.")
            .RequirePermission(DossiersPermissions.Lire)
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
            .WithDescription("Mémo d'équipe ou privé à son auteur. Dossier archivé : 409.")
            .RequirePermission(DossiersPermissions.Ecrire)
            .WithValidation<MemoRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:guid}/memos/{memoId:guid}", CorrigerAsync)
            .WithName("CorrigerMemoDossier")
            .WithSummary("Corriger un mémo")
            .WithDescription("L'auteur seul corrige son mémo (403 sinon) ; le texte précédent reste dans l'historique. If-Match : 412 si périmé ; "
                + "dossier archivé : 409.")
            .RequirePermission(DossiersPermissions.Ecrire)
            .WithValidation<MemoRequest>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<Results<Ok<IReadOnlyList<MemoResponse>>, ProblemHttpResult>> ListerAsync(
        Guid id, DossiersCibles cibles, DossiersDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        var cible = await cibles.PourLireAsync(id, cancellationToken);
        if (!cible.IsSuccess)
        {
            return ErrorResults.Problem(cible.Error!);
        }

        var moi = user.Id;
        var memos = await db.Memos.AsNoTracking().Include(m => m.Historique)
            .Where(m => m.DossierId == id && (m.Visibilite == VisibilitesMemo.Equipe || m.AuteurId == moi))
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
        Guid id, MemoRequest request, DossiersCibles cibles, DossiersDbContext db, ICurrentUser user, TimeProvider timeProvider,
        HttpResponse response, CancellationToken cancellationToken)
    {
        var cible = await cibles.PourModifierAsync(id, cancellationToken);
        if (!cible.IsSuccess)
        {
            return ErrorResults.Problem(cible.Error!);
        }

        var memo = Memo.Ecrire(id, user.Id, request.Visibilite!, request.Texte!, timeProvider.Maintenant());
        db.Memos.Add(memo);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(response, memo.Version);
        return TypedResults.Created($"/api/dossiers/{id}/memos/{memo.Id}", Reponse(memo));
    }

    private static async Task<Results<Ok<MemoDetailResponse>, ProblemHttpResult>> CorrigerAsync(
        Guid id, Guid memoId, MemoRequest request, DossiersCibles cibles, DossiersDbContext db, ICurrentUser user, TimeProvider timeProvider,
        HttpContext context, CancellationToken cancellationToken)
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

            memo.Corriger(request.Visibilite!, request.Texte!, timeProvider.Maintenant());
            await db.SaveChangesAsync(cancellationToken);
            return memo;
        }, m => m.Version);
        return result.IsSuccess ? TypedResults.Ok(Detail(result.Value)) : ErrorResults.Problem(result.Error!);
    }

    private static MemoResponse Reponse(Memo m) =>
        new(m.Id, m.AuteurId, m.Visibilite, m.Texte, m.CreeLe, m.ModifieLe, m.Historique.Count, m.Version);

    private static MemoDetailResponse Detail(Memo m) => new(
        Reponse(m),
        m.Historique.OrderBy(v => v.Numero).Select(v => new VersionMemoResponse(v.Numero, v.Visibilite, v.Texte, v.EcritLe)).ToList());
}
