using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Balance;

/// <summary>
/// Adds up the lines per account in the database (one grouped query over the (account, date, amounts) index) and
/// names the accounts from the chart. Not from the stored monthly balances: they leave out the lines with neither a
/// person nor a unit (the bank side of most entries) and, kept per person, are nearly as many rows as the lines.
/// </summary>
internal static class CalculBalance
{
    public static async Task<BalanceResponse> CalculerAsync(ComptabiliteDbContext db, DateOnly au, CancellationToken cancellationToken)
    {
        var totaux = await db.Lignes.AsNoTracking().Where(l => l.Date <= au)
            .GroupBy(l => l.CompteId)
            .Select(g => new { CompteId = g.Key, Debit = g.Sum(l => l.Debit), Credit = g.Sum(l => l.Credit) })
            .ToListAsync(cancellationToken);
        var ids = totaux.Select(t => t.CompteId).ToList();
        var comptes = await db.Comptes.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var lignes = totaux
            .Select(t => (Compte: comptes[t.CompteId], t.Debit, t.Credit))
            .OrderBy(t => t.Compte.Numero, StringComparer.Ordinal)
            .Select(t => new BalanceCompteResponse(
                t.Compte.Numero, t.Compte.Libelle, t.Compte.Classe, t.Compte.Genre, Chf.Montant(t.Debit), Chf.Montant(t.Credit), Chf.Montant(t.Debit - t.Credit)))
            .ToList();
        var debit = lignes.Sum(l => l.Debit);
        var credit = lignes.Sum(l => l.Credit);
        return new BalanceResponse(
            au, lignes, Chf.Montant(debit), Chf.Montant(credit),
            Chf.Montant(lignes.Where(l => l.Solde > 0).Sum(l => l.Solde)), Chf.Montant(-lignes.Where(l => l.Solde < 0).Sum(l => l.Solde)),
            debit == credit);
    }
}
