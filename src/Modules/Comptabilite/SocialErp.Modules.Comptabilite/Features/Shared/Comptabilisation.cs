using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Comptabilite.Features.Shared;

/// <summary>
/// The one path every entry takes into the ledger (API postings, reversals, corrections, remissions, demo data):
/// accounts resolved and active, persons and dossiers visible, period open; then the entry and its events are
/// queued on the context. The caller saves, so an entry and whatever goes with it commit together.
/// Accounts and the closed state of months are read once per unit of work (a request, or one slice of a long run,
/// which calls <see cref="NouvelleUniteDeTravail"/> when it clears the context).
/// </summary>
internal sealed class Comptabilisation(ComptabiliteDbContext db, DimensionsVisibles visibles, ICurrentUser user, TimeProvider timeProvider)
{
    private readonly Dictionary<string, Compte> _comptes = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Annee, int Mois), bool> _cloturees = [];

    /// <summary>Forgets the accounts and months read so far: the context was cleared, or time has passed since.</summary>
    public void NouvelleUniteDeTravail()
    {
        _comptes.Clear();
        _cloturees.Clear();
    }

    /// <summary>
    /// Resolves the lines' accounts, persons and dossiers. Given the date the entry will bear, whether its month is
    /// closed is read with the accounts, in the same query, and <see cref="PasserAsync"/> answers it from memory.
    /// </summary>
    public async Task<Result<IReadOnlyList<LigneSaisie>>> ResoudreAsync(
        IReadOnlyList<LigneEcritureRequest> lignes, string prefixe, CancellationToken cancellationToken, DateOnly? date = null)
    {
        var comptes = await ComptesAsync(lignes.Select(l => l.Compte!), date, cancellationToken);
        await visibles.FichesAsync(lignes.Where(l => l.FicheId is not null).Select(l => l.FicheId!.Value), cancellationToken);
        var erreurs = new Dictionary<string, string[]>();
        var saisies = new List<LigneSaisie>();
        for (var i = 0; i < lignes.Count; i++)
        {
            var ligne = lignes[i];
            var champ = $"{prefixe}[{i}]";
            if (!comptes.TryGetValue(ligne.Compte!, out var compte))
            {
                erreurs[$"{champ}.compte"] = [$"Le compte {ligne.Compte} n'existe pas dans le plan comptable."];
                continue;
            }

            if (!compte.Actif)
            {
                erreurs[$"{champ}.compte"] = [$"Le compte {compte.Numero} est inactif."];
            }

            if (ligne.FicheId is { } ficheId && !await visibles.FicheAsync(ficheId, cancellationToken))
            {
                erreurs[$"{champ}.ficheId"] = ["Cette fiche n'existe pas ou ne vous est pas visible."];
            }

            foreach (var (nom, dossierId) in new[] { ("uniteAllocationId", ligne.UniteAllocationId), ("dossierId", ligne.DossierId) })
            {
                if (dossierId is { } id && !await visibles.DossierAsync(id, cancellationToken))
                {
                    erreurs[$"{champ}.{nom}"] = ["Ce dossier n'existe pas ou ne vous est pas visible."];
                }
            }

            saisies.Add(new LigneSaisie(
                compte, ligne.Debit ?? 0, ligne.Credit ?? 0, ligne.FicheId, ligne.UniteAllocationId, ligne.DossierId,
                ligne.CommuneDomicile, ligne.Prestation, ligne.TypeCharge, ligne.TypePayeur, ligne.Libelle));
        }

        return erreurs.Count > 0
            ? Error.Validation("comptabilite.ligne-invalide", "Des lignes de l'écriture sont invalides.", erreurs)
            : saisies;
    }

    /// <summary>Queues a balanced entry dated in an open period, with <c>EcriturePassee</c> (and <c>PaiementComptabilise</c>).</summary>
    public async Task<Result<Ecriture>> PasserAsync(
        DateOnly date, string libelle, Guid? pieceId, Guid? extourneDe, bool ordinaire, IReadOnlyList<LigneSaisie> lignes, CancellationToken cancellationToken)
    {
        if (await EstClotureeAsync(date, cancellationToken))
        {
            return ComptabiliteErrors.PeriodeCloturee($"{date.Year:D4}-{date.Month:D2}");
        }

        if (lignes.Count < 2 || lignes.Sum(l => l.Debit) != lignes.Sum(l => l.Credit))
        {
            return Error.BusinessRule("comptabilite.ecriture-desequilibree", "Une écriture a au moins deux lignes et ses débits égalent ses crédits.");
        }

        var ecriture = Ecriture.Passer(date, libelle, pieceId, extourneDe, lignes, timeProvider.GetUtcNow().UtcDateTime, user.Id);
        db.Ecritures.Add(ecriture);
        db.Publish(new EcriturePasseeIntegrationEvent(
            ecriture.Id, ecriture.Date, ecriture.Periode, ecriture.Libelle, ecriture.ExtourneDe,
            ecriture.Lignes.Select(l => new LigneEcritureComptable(
                l.Compte.Numero, l.Genre, l.Debit, l.Credit, l.FicheId, l.UniteAllocationId, l.DossierId,
                l.CommuneDomicile, l.Prestation, l.TypeCharge, l.TypePayeur)).ToList()));
        PublierPaiement(ecriture, ordinaire);
        return ecriture;
    }

    public async Task<bool> EstClotureeAsync(DateOnly date, CancellationToken cancellationToken)
    {
        if (!_cloturees.TryGetValue((date.Year, date.Month), out var cloturee))
        {
            cloturee = await db.Periodes.AnyAsync(p => p.Annee == date.Year && p.Mois == date.Month && p.Cloturee, cancellationToken);
            _cloturees[(date.Year, date.Month)] = cloturee;
        }

        return cloturee;
    }

    /// <summary>The accounts of these numbers that exist, tracked by the context (entries reference them).</summary>
    private async Task<Dictionary<string, Compte>> ComptesAsync(IEnumerable<string> numeros, DateOnly? date, CancellationToken cancellationToken)
    {
        // An account the context no longer tracks (cleared by the caller) would be inserted again with the entry.
        if (_comptes.Values.Any(c => db.Entry(c).State == EntityState.Detached))
        {
            NouvelleUniteDeTravail();
        }

        var demandes = numeros.Distinct().ToList();
        var manquants = demandes.Where(n => !_comptes.ContainsKey(n)).ToList();
        if (manquants.Count > 0 && date is { } jour && !_cloturees.ContainsKey((jour.Year, jour.Month)))
        {
            // One round trip for both: the closed flag rides along every account row (PostgreSQL and SQLite evaluate the
            // uncorrelated subquery once). No account found, no flag: PasserAsync then reads it on its own.
            var (annee, mois) = (jour.Year, jour.Month);
            var lus = await db.Comptes.Where(c => manquants.Contains(c.Numero))
                .Select(c => new { Compte = c, Cloturee = db.Periodes.Any(p => p.Annee == annee && p.Mois == mois && p.Cloturee) })
                .ToListAsync(cancellationToken);
            Retenir(lus.Select(l => l.Compte));
            if (lus.Count > 0)
            {
                _cloturees[(annee, mois)] = lus[0].Cloturee;
            }
        }
        else if (manquants.Count > 0)
        {
            Retenir(await db.Comptes.Where(c => manquants.Contains(c.Numero)).ToListAsync(cancellationToken));
        }

        return demandes.Where(_comptes.ContainsKey).ToDictionary(n => n, n => _comptes[n], StringComparer.Ordinal);
    }

    private void Retenir(IEnumerable<Compte> comptes)
    {
        foreach (var compte in comptes)
        {
            _comptes[compte.Numero] = compte;
        }
    }

    /// <summary>Money leaving a bank account for someone: Dossiers and the Journal hear of it.</summary>
    private void PublierPaiement(Ecriture ecriture, bool ordinaire)
    {
        var sortie = ecriture.Lignes.Where(l => l.Genre == GenresCompte.Banque).Sum(l => l.Credit - l.Debit);
        var beneficiaire = ecriture.Lignes.FirstOrDefault(l => l.Debit > 0 && (l.FicheId is not null || l.DossierId is not null || l.UniteAllocationId is not null));
        if (sortie <= 0 || beneficiaire is null)
        {
            return;
        }

        db.Publish(new PaiementComptabiliseIntegrationEvent(
            ecriture.Id, beneficiaire.DossierId ?? beneficiaire.UniteAllocationId, beneficiaire.FicheId, ecriture.Date, sortie, ordinaire, ecriture.Libelle));
    }
}
