using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.SharedKernel.Paging;

namespace SocialErp.Modules.Comptabilite.Features.GrandLivreCompte;

/// <summary>
/// What an account's ledger page needs, added up in the database over the (account, date, amounts) index: the
/// totals before and inside the range, the sum of the range's lines before the page, and the page's lines.
/// </summary>
internal static class LectureGrandLivreCompte
{
    public sealed record Cumuls(decimal Ouverture, decimal Debit, decimal Credit, int Nombre);

    public static async Task<Cumuls> CumulsAsync(ComptabiliteDbContext db, Guid compteId, DateOnly? du, DateOnly au, CancellationToken cancellationToken)
    {
        var debut = du ?? DateOnly.MinValue;
        var parts = await db.Lignes.AsNoTracking().Where(l => l.CompteId == compteId && l.Date <= au)
            .GroupBy(l => l.Date < debut)
            .Select(g => new { Avant = g.Key, Debit = g.Sum(l => l.Debit), Credit = g.Sum(l => l.Credit), Nombre = g.Count() })
            .ToListAsync(cancellationToken);
        var avant = parts.SingleOrDefault(p => p.Avant);
        var pendant = parts.SingleOrDefault(p => !p.Avant);
        return new Cumuls(
            avant is null ? 0m : avant.Debit - avant.Credit, pendant?.Debit ?? 0m, pendant?.Credit ?? 0m, pendant?.Nombre ?? 0);
    }

    /// <summary>The sum (debit − credit) of the range's lines before the page, and the page's lines, in ledger order.</summary>
    public static async Task<(decimal AvantPage, List<MouvementLigne> Lignes)> PageAsync(
        ComptabiliteDbContext db, Guid compteId, DateOnly? du, DateOnly au, PageRequest page, CancellationToken cancellationToken)
    {
        var ordonnees = db.Lignes.AsNoTracking().Where(l => l.CompteId == compteId && l.Date <= au && (du == null || l.Date >= du))
            .OrderBy(l => l.Date).ThenBy(l => l.EcritureId).ThenBy(l => l.Id);
        var avantPage = 0m;
        if (page.Skip > 0)
        {
            var precedentes = ordonnees.Take(page.Skip);
            avantPage = await precedentes.SumAsync(l => l.Debit, cancellationToken) - await precedentes.SumAsync(l => l.Credit, cancellationToken);
        }

        return (avantPage, await LecteurGrandLivre.Projeter(ordonnees.Skip(page.Skip).Take(page.PageSize)).ToListAsync(cancellationToken));
    }
}
