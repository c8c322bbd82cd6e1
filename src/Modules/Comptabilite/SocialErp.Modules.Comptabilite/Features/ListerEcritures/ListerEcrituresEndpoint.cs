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
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Features.ListerEcritures;

internal static class ListerEcrituresEndpoint
{
    private const string PieceSans = "sans";
    private const string PieceAvec = "avec";

    public static void MapListerEcritures(this IEndpointRouteBuilder group) =>
        group.MapGet("/ecritures", HandleAsync)
            .WithName("ListerEcritures")
            .WithSummary("Journal des écritures du service")
            .WithDescription(
                "Liste paginée de toutes les écritures, chacune avec ses lignes ; « sansPiece » signale une écriture sans pièce justificative. "
                + "Filtres : du, au (dates comprises), compte (numéro : écritures ayant une ligne sur ce compte), ficheId (une ligne sur la personne "
                + "ou une fiche fusionnée dans la sienne), dossierId (une ligne sur le dossier ou son UA), piece (sans | avec), q (mots du libellé, "
                + "sans distinction de casse). Tri : -date (défaut, de la plus récente à la plus ancienne) ou date. "
                + "Vue de toute la comptabilité du service : réservée aux métiers qui consolident (comptable, direction).")
            .RequirePermission(ComptabilitePermissions.Consolider)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<PagedList<EcritureResponse>>, ProblemHttpResult>> HandleAsync(
        [AsParameters] ListerEcrituresQuery query, ComptabiliteDbContext db, LecteurGrandLivre lecteur, CancellationToken cancellationToken)
    {
        var erreurs = new Dictionary<string, string[]>();
        var page = new PageQuery(query.Page, query.PageSize, query.Sort).ToPageRequest();
        if (!page.IsSuccess)
        {
            foreach (var (champ, messages) in page.Error!.Fields!)
            {
                erreurs[champ] = messages;
            }
        }

        if (query.Du > query.Au)
        {
            erreurs["du"] = ["« du » doit précéder « au »."];
        }

        bool? avecPiece = null;
        switch (query.Piece)
        {
            case null:
                break;
            case PieceSans or PieceAvec:
                avecPiece = query.Piece == PieceAvec;
                break;
            default:
                erreurs["piece"] = ["« piece » vaut sans ou avec."];
                break;
        }

        if (query.Sort is not null and not "date" and not "-date")
        {
            erreurs["sort"] = ["Tri possible : date ou -date (de la plus récente à la plus ancienne, par défaut)."];
        }

        if (erreurs.Count > 0)
        {
            return ErrorResults.Problem(Error.Validation("validation", "Paramètres de la liste invalides.", erreurs));
        }

        Guid? compteId = null;
        if (query.Compte is not null)
        {
            compteId = await db.Comptes.AsNoTracking().Where(c => c.Numero == query.Compte).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
            if (compteId is null)
            {
                return ErrorResults.Problem(ComptabiliteErrors.CompteIntrouvable);
            }
        }

        var fiches = query.FicheId is { } fiche ? await lecteur.FichesDeAsync(fiche, cancellationToken) : null;
        var ecritures = SelectionEcritures.Filtrer(db, query, compteId, fiches, avecPiece);
        var total = await ecritures.CountAsync(cancellationToken);
        var ids = await SelectionEcritures.Trier(ecritures, query.Sort)!
            .Skip(page.Value.Skip).Take(page.Value.PageSize).Select(e => e.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<EcritureResponse>(await LirePageAsync(db, ids, cancellationToken), page.Value.Page, page.Value.PageSize, total));
    }

    /// <summary>The page's entries with their lines and reversals, in the page's order (two queries through the entry indexes).</summary>
    private static async Task<List<EcritureResponse>> LirePageAsync(ComptabiliteDbContext db, List<Guid> ids, CancellationToken cancellationToken)
    {
        var lues = await db.Ecritures.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Include(e => e.Lignes).ThenInclude(l => l.Compte).AsSplitQuery().ToDictionaryAsync(e => e.Id, cancellationToken);
        var extournes = await db.Ecritures.AsNoTracking().Where(e => e.ExtourneDe != null && ids.Contains(e.ExtourneDe.Value))
            .Select(e => new { ExtourneDe = e.ExtourneDe!.Value, e.Id }).ToDictionaryAsync(e => e.ExtourneDe, e => e.Id, cancellationToken);
        return ids.Select(id => EcritureResponse.From(lues[id], extournes.TryGetValue(id, out var par) ? par : null)).ToList();
    }
}
