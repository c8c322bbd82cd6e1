using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.Modules.Ged.Cibles;
using SocialErp.Modules.Ged.Domain;
using SocialErp.Modules.Ged.Features.Shared;
using SocialErp.Modules.Ged.Persistence;
using SocialErp.Modules.Ged.Recherche;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Ged.Features.RechercherDocuments;

/// <summary>
/// Filters in the database (target, type, direction, dates, full text), then keeps the documents with a target the
/// user may see: for one target that is one question; across targets each distinct target is asked once.
/// </summary>
internal sealed class RechercherDocumentsHandler(GedDbContext db, IRechercheTexte recherche, ControleCibles cibles, AccesDocuments acces)
{
    public async Task<Result<PagedList<DocumentResponse>>> HandleAsync(RechercherDocumentsQuery query, CancellationToken cancellationToken)
    {
        var page = new PageQuery(query.Page, query.PageSize, query.Sort).ToPageRequest();
        if (!page.IsSuccess)
        {
            return page.Error!;
        }

        var erreurs = Verifier(query);
        if (erreurs is not null)
        {
            return erreurs;
        }

        var documents = db.Documents.AsNoTracking().Where(d => d.SupprimeLe == null && d.Cibles.Any());
        if (query.CibleType is not null)
        {
            var cible = await cibles.VerifierAsync(query.CibleType, query.CibleId!.Value, "cibleType", cancellationToken);
            if (!cible.IsSuccess)
            {
                return cible.Error!;
            }

            documents = documents.Where(d => d.Cibles.Any(c => c.CibleType == query.CibleType && c.CibleId == query.CibleId));
        }

        documents = Filtrer(documents, query);
        documents = Trier(documents, query.Sort);
        var candidats = await documents
            .Select(d => new { d.Id, Cibles = d.Cibles.Select(c => new { c.CibleType, c.CibleId }).ToList() })
            .ToListAsync(cancellationToken);
        var visibles = new List<Guid>(candidats.Count);
        foreach (var candidat in candidats)
        {
            if (query.CibleType is not null || await UneVisibleAsync(candidat.Cibles.Select(c => (c.CibleType, c.CibleId)), cancellationToken))
            {
                visibles.Add(candidat.Id);
            }
        }

        var ids = visibles.Skip((page.Value.Page - 1) * page.Value.PageSize).Take(page.Value.PageSize).ToList();
        var charges = await db.Documents.AsNoTracking().Include(d => d.Cibles).Include(d => d.Versions).AsSplitQuery()
            .Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken);
        var items = ids.Select(id => DocumentResponse.From(charges.Single(d => d.Id == id))).ToList();
        return new PagedList<DocumentResponse>(items, page.Value.Page, page.Value.PageSize, visibles.Count);
    }

    private IQueryable<Document> Filtrer(IQueryable<Document> documents, RechercherDocumentsQuery query)
    {
        if (!acces.VoitConfidentiels)
        {
            documents = documents.Where(d => d.Confidentialite == Confidentialite.Normale);
        }

        if (query.Type is not null)
        {
            documents = documents.Where(d => d.Type == query.Type);
        }

        if (query.Direction is not null)
        {
            var direction = Codes.LireDirection(query.Direction, DirectionDocument.Entrant);
            documents = documents.Where(d => d.Direction == direction);
        }

        if (query.Du is not null)
        {
            documents = documents.Where(d => d.Date >= query.Du);
        }

        if (query.Au is not null)
        {
            documents = documents.Where(d => d.Date <= query.Au);
        }

        if (query.Q is not null && Mots.De(query.Q).Count > 0)
        {
            var trouves = recherche.DocumentsContenant(query.Q);
            documents = documents.Where(d => trouves.Contains(d.Id));
        }

        return documents;
    }

    private static IQueryable<Document> Trier(IQueryable<Document> documents, string? sort) => sort switch
    {
        "date" => documents.OrderBy(d => d.Date).ThenBy(d => d.Id),
        "titre" => documents.OrderBy(d => d.Titre).ThenBy(d => d.Id),
        "-titre" => documents.OrderByDescending(d => d.Titre).ThenBy(d => d.Id),
        "creeLe" => documents.OrderBy(d => d.CreeLe).ThenBy(d => d.Id),
        "-creeLe" => documents.OrderByDescending(d => d.CreeLe).ThenBy(d => d.Id),
        _ => documents.OrderByDescending(d => d.Date).ThenByDescending(d => d.CreeLe).ThenBy(d => d.Id),
    };

    private static Error? Verifier(RechercherDocumentsQuery query)
    {
        var erreurs = new Dictionary<string, string[]>();
        if ((query.CibleType is null) != (query.CibleId is null))
        {
            erreurs[query.CibleType is null ? "cibleType" : "cibleId"] = ["cibleType et cibleId vont ensemble."];
        }

        if (query.Direction is not null && !Codes.Directions.Contains(query.Direction))
        {
            erreurs["direction"] = ["La direction est « entrant » ou « produit »."];
        }

        if (query.Du is not null && query.Au is not null && query.Du > query.Au)
        {
            erreurs["au"] = ["La fin de la période précède son début."];
        }

        if (query.Sort is not null && query.Sort is not ("date" or "-date" or "titre" or "-titre" or "creeLe" or "-creeLe"))
        {
            erreurs["sort"] = ["Tri possible : date, titre, creeLe (préfixés de - pour l'ordre décroissant)."];
        }

        return erreurs.Count == 0 ? null : Error.Validation("validation", "Paramètres de recherche invalides.", erreurs);
    }

    private async Task<bool> UneVisibleAsync(IEnumerable<(string Type, Guid Id)> liste, CancellationToken cancellationToken)
    {
        foreach (var (type, id) in liste)
        {
            if (await cibles.EstVisibleAsync(type, id, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }
}
