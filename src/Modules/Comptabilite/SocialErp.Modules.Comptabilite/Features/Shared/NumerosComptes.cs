using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Shared;

/// <summary>
/// Account numbers by account id, kept for the life of the process: an account's number never changes (only its
/// label and active flag do) and no account is ever deleted, so a number once read stays right. Ledgers and balances
/// read only the accounts they have not seen yet, usually none.
/// </summary>
internal sealed class NumerosComptes
{
    private readonly ConcurrentDictionary<Guid, string> _numeros = new();

    public async Task<IReadOnlyDictionary<Guid, string>> LireAsync(
        ComptabiliteDbContext db, IEnumerable<Guid> comptes, CancellationToken cancellationToken)
    {
        var demandes = comptes.Distinct().ToList();
        var manquants = demandes.Where(id => !_numeros.ContainsKey(id)).ToList();
        if (manquants.Count > 0)
        {
            foreach (var compte in await db.Comptes.AsNoTracking().Where(c => manquants.Contains(c.Id))
                         .Select(c => new { c.Id, c.Numero }).ToListAsync(cancellationToken))
            {
                _numeros[compte.Id] = compte.Numero;
            }
        }

        return demandes.ToDictionary(id => id, id => _numeros[id]);
    }
}
