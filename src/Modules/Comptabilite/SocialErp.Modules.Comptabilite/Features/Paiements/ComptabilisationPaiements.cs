using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Domain.Paiements;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Features.Paiements;

/// <summary>
/// Books payment orders: one entry per order, payable (or the beneficiary's current account) debited, bank credited,
/// through <see cref="Comptabilisation"/> — so each payment publishes <c>PaiementComptabilise</c> for its dossier.
/// An order is booked once (<see cref="OrdrePaiement.EcriturePaiementId"/>).
/// </summary>
internal sealed class ComptabilisationPaiements(ComptabiliteDbContext db, Comptabilisation comptabilisation, IOptions<CompteServiceOptions> banque)
{
    public async Task<Result<int>> ComptabiliserAsync(IReadOnlyList<OrdrePaiement> ordres, Func<OrdrePaiement, DateOnly> date, CancellationToken cancellationToken)
    {
        var numeros = ordres.Select(o => o.CompteContrepartie).Append(banque.Value.CompteBanque).Distinct().ToList();
        var comptes = await db.Comptes.Where(c => numeros.Contains(c.Numero)).ToDictionaryAsync(c => c.Numero, cancellationToken);
        if (!comptes.TryGetValue(banque.Value.CompteBanque, out var compteBanque))
        {
            return Error.Validation("compteBanque", $"Le compte bancaire configuré {banque.Value.CompteBanque} n'existe pas.");
        }

        var passees = 0;
        foreach (var ordre in ordres.Where(o => o.EcriturePaiementId is null))
        {
            var lignes = new List<LigneSaisie>
            {
                new(comptes[ordre.CompteContrepartie], ordre.Montant, 0, null, null, ordre.DossierId, null, null, null, null, ordre.NomCreancier),
                new(compteBanque, 0, ordre.Montant, null, null, ordre.DossierId, null, null, null, "service", ordre.Libelle),
            };
            var ecriture = await comptabilisation.PasserAsync(
                date(ordre), $"Paiement — {ordre.Libelle}", pieceId: null, extourneDe: null, ordre.Ordinaire, lignes, cancellationToken);
            if (!ecriture.IsSuccess)
            {
                return ecriture.Error!;
            }

            ordre.Comptabiliser(ecriture.Value.Id);
            passees++;
        }

        return passees;
    }
}
