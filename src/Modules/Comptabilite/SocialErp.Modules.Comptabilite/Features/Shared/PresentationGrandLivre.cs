using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Shared;

/// <summary>Turns selected lines into a ledger (running balance, labels, account numbers) or balances.</summary>
internal sealed class PresentationGrandLivre(ComptabiliteDbContext db, NumerosComptes numeros)
{
    public async Task<GrandLivreResponse> GrandLivreAsync(
        IReadOnlyList<MouvementLigne> lignes, DateOnly? du, DateOnly au, IReadOnlySet<Guid> internes, CancellationToken cancellationToken)
    {
        var ouverture = lignes.Where(l => du is not null && l.Date < du).Sum(l => l.Debit - l.Credit);
        var periode = lignes.Where(l => du is null || l.Date >= du).OrderBy(l => l.Date).ThenBy(l => l.EcritureId).ThenBy(l => l.LigneId).ToList();
        var (mouvements, solde) = await MouvementsAsync(periode, ouverture, internes, cancellationToken);
        return new GrandLivreResponse(
            du, au, Chf.Montant(ouverture), mouvements, Chf.Montant(periode.Sum(l => l.Debit)), Chf.Montant(periode.Sum(l => l.Credit)), Chf.Montant(solde));
    }

    /// <summary>Lines already in ledger order, with their running balance from <paramref name="soldeAvant"/>, and the balance after the last.</summary>
    public async Task<(List<MouvementResponse> Mouvements, decimal Solde)> MouvementsAsync(
        IReadOnlyList<MouvementLigne> ordonnees, decimal soldeAvant, IReadOnlySet<Guid> internes, CancellationToken cancellationToken)
    {
        var ecritures = ordonnees.Select(l => l.EcritureId).Distinct().ToList();
        var libelles = await db.Ecritures.AsNoTracking().Where(e => ecritures.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Libelle, cancellationToken);
        var comptes = await numeros.LireAsync(db, ordonnees.Select(l => l.CompteId), cancellationToken);
        var solde = soldeAvant;
        var mouvements = new List<MouvementResponse>(ordonnees.Count);
        foreach (var l in ordonnees)
        {
            solde += l.Debit - l.Credit;
            mouvements.Add(new MouvementResponse(
                l.EcritureId, l.Date, libelles[l.EcritureId], comptes[l.CompteId], l.Genre, l.TypeCharge,
                Chf.Montant(l.Debit), Chf.Montant(l.Credit), Chf.Montant(solde), l.FicheId, l.UniteAllocationId, internes.Contains(l.EcritureId)));
        }

        return (mouvements, solde);
    }

    public async Task<SoldesResponse> SoldesAsync(IReadOnlyList<Cumul> lus, DateOnly date, CancellationToken cancellationToken)
    {
        // A unit's balance adds up a few hundred stored months and lines over a handful of (account, kind, charge type):
        // added up per such key first, the three groupings below each go over a handful of items. Decimal sums are
        // exact, so the totals are the same.
        var cumuls = lus.GroupBy(c => (c.CompteId, c.Genre, c.TypeCharge))
            .Select(g => new Cumul(g.Key.CompteId, g.Key.Genre, g.Key.TypeCharge, g.Sum(c => c.Debit), g.Sum(c => c.Credit)))
            .ToList();
        var comptes = await numeros.LireAsync(db, cumuls.Select(c => c.CompteId), cancellationToken);
        return new SoldesResponse(
            date,
            SoldeResponse.From(Solde.Par(cumuls, c => c.Genre)),
            SoldeResponse.From(Solde.Par(cumuls, c => comptes[c.CompteId])),
            SoldeResponse.From(Solde.Par(cumuls.Where(c => c.TypeCharge is not null), c => c.TypeCharge)));
    }
}
