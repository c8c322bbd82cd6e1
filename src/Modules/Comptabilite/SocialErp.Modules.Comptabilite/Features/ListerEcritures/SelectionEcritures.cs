using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.ListerEcritures;

/// <summary>The entries a list asks for, as one query the database filters, counts and orders.</summary>
internal static class SelectionEcritures
{
    public static IQueryable<Ecriture> Filtrer(
        ComptabiliteDbContext db, ListerEcrituresQuery query, Guid? compteId, IReadOnlyList<Guid>? fiches, bool? avecPiece)
    {
        var ecritures = db.Ecritures.AsNoTracking();
        var lignes = db.Lignes.AsNoTracking();
        if (query.Du is { } du)
        {
            // The year bound is redundant with the date's, but entries are indexed by (annee, mois), not by date.
            ecritures = ecritures.Where(e => e.Annee >= du.Year && e.Date >= du);
            lignes = lignes.Where(l => l.Date >= du);
        }

        if (query.Au is { } au)
        {
            ecritures = ecritures.Where(e => e.Annee <= au.Year && e.Date <= au);
            lignes = lignes.Where(l => l.Date <= au);
        }

        if (avecPiece is { } avec)
        {
            ecritures = avec ? ecritures.Where(e => e.PieceId != null) : ecritures.Where(e => e.PieceId == null);
        }

        foreach (var mot in Mots(query.Q))
        {
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL lower(): the same on both providers, unlike LIKE.
            ecritures = ecritures.Where(e => e.Libelle.ToLower().Contains(mot));
#pragma warning restore CA1304, CA1311, CA1862
        }

        // Lines carry their entry's date: bounding them too lets each filter read one index range.
        if (compteId is { } compte)
        {
            var surCompte = lignes.Where(l => l.CompteId == compte).Select(l => l.EcritureId);
            ecritures = ecritures.Where(e => surCompte.Contains(e.Id));
        }

        if (fiches is not null)
        {
            var surFiches = lignes.Where(l => l.FicheId != null && fiches.Contains(l.FicheId.Value)).Select(l => l.EcritureId);
            ecritures = ecritures.Where(e => surFiches.Contains(e.Id));
        }

        if (query.DossierId is { } dossier)
        {
            var surDossier = lignes.Where(l => l.UniteAllocationId == dossier || l.DossierId == dossier).Select(l => l.EcritureId);
            ecritures = ecritures.Where(e => surDossier.Contains(e.Id));
        }

        return ecritures;
    }

    /// <summary>Newest first unless <c>date</c> is asked; null for an unknown sort. Ids (v7) break ties in creation order.</summary>
    public static IOrderedQueryable<Ecriture>? Trier(IQueryable<Ecriture> ecritures, string? sort) => sort switch
    {
        null or "-date" => ecritures.OrderByDescending(e => e.Annee).ThenByDescending(e => e.Mois).ThenByDescending(e => e.Date).ThenByDescending(e => e.Id),
        "date" => ecritures.OrderBy(e => e.Annee).ThenBy(e => e.Mois).ThenBy(e => e.Date).ThenBy(e => e.Id),
        _ => null,
    };

    private static IEnumerable<string> Mots(string? q) =>
        (q ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(m => m.ToLowerInvariant());
}
