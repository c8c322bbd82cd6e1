using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Features.Facturation;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Encaissements;

/// <summary>
/// The lines incoming money is posted with: the bank (or the clearing account) debited, the invoice's receivable
/// credited line by line in proportion to its lines (person, dossier, commune and benefit class kept), what is not
/// assigned credited to the clearing account. Accounts are read once per request.
/// </summary>
internal sealed class ImputationsEncaissement(ComptabiliteDbContext db, IOptions<FacturationOptions> options)
{
    private Dictionary<string, Compte>? _comptes;

    public async Task<Compte> CompteAsync(string numero, CancellationToken cancellationToken)
    {
        if (_comptes is null)
        {
            var numeros = TypesDebiteur.Imputations.Values.Select(i => i.CompteDebiteur).Append(options.Value.CompteBanque).Append(options.Value.CompteAttente).Distinct().ToList();
            _comptes = await db.Comptes.Where(c => numeros.Contains(c.Numero)).ToDictionaryAsync(c => c.Numero, cancellationToken);
        }

        return _comptes.TryGetValue(numero, out var compte)
            ? compte
            : throw new InvalidOperationException($"Account {numero} of the invoicing configuration is missing from the chart.");
    }

    public Task<Compte> BanqueAsync(CancellationToken cancellationToken) => CompteAsync(options.Value.CompteBanque, cancellationToken);

    public Task<Compte> AttenteAsync(CancellationToken cancellationToken) => CompteAsync(options.Value.CompteAttente, cancellationToken);

    /// <summary>Credit lines clearing <paramref name="montant"/> of the invoice's receivable.</summary>
    public async Task<IReadOnlyList<LigneSaisie>> CreancesAsync(FactureDebiteur facture, decimal montant, string libelle, CancellationToken cancellationToken)
    {
        var compte = await CompteAsync(facture.CompteDebiteur, cancellationToken);
        var lignes = facture.Lignes.OrderBy(l => l.Ordre).ToList();
        var parts = Repartition.ProRata(lignes.Select(l => l.Montant).ToList(), montant);
        return lignes.Select((l, i) => new LigneSaisie(
                compte, 0, parts[i], l.FicheId, null, l.DossierId, l.CommuneDomicile, l.Prestation, null, facture.TypeDebiteur, libelle))
            .Where(l => l.Credit != 0)
            .ToList();
    }

    /// <summary>Once a payment settles an invoice, Journal, Dossiers and Statistiques hear of it (once: only on the transition).</summary>
    public void PublierSiSoldee(FactureDebiteur facture, string statutAvant, DateOnly date)
    {
        if (statutAvant != StatutsFacture.Soldee && facture.Statut == StatutsFacture.Soldee)
        {
            db.Publish(new FactureDebiteurPayeeIntegrationEvent(
                facture.Id, facture.Numero, facture.DebiteurId, date, facture.Montant, facture.MontantPaye, EmissionFactures.DossiersDe(facture)));
        }
    }
}
