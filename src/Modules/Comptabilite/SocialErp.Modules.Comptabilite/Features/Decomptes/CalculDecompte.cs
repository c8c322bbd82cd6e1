using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Features.Facturation;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Features.Decomptes;

/// <summary>
/// Settlements from the ledger lines of a period, grouped in the database by commune of domicile and benefit class:
/// gross = aid paid (allocation accounts, medical, situation-related and training charges; valued internal services
/// and debt remissions are not aid paid), reimbursements = revenue booked as repayments or third-party contributions,
/// net = gross − reimbursements; then the cantonal key.
/// </summary>
internal sealed class CalculDecompte(ComptabiliteDbContext db, IOptions<DecomptesOptions> options)
{
    public const string Canton = "canton";
    public const string Commune = "commune";

    private static readonly string[] AidesHorsAllocation = ["prestation-medicale", "situation", "formation"];
    private static readonly string[] Remboursements = ["remboursement", "participation-tiers"];

    public async Task<Result<DecompteResponse>> CalculerAsync(string? destinataire, string? code, string? periodeSaisie, CancellationToken cancellationToken)
    {
        var periode = PeriodeDecompte.Lire(periodeSaisie);
        if (!periode.IsSuccess)
        {
            return periode.Error!;
        }

        var o = options.Value;
        int? commune = null;
        switch (destinataire)
        {
            case Canton when code is null || string.Equals(code, o.Canton, StringComparison.OrdinalIgnoreCase):
                break;
            case Canton:
                return Error.NotFound("comptabilite.canton-inconnu", $"Ce service établit ses décomptes avec le canton {o.Canton}.");
            case Commune when int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var bfs) && bfs is > 0 and < 10000:
                commune = bfs;
                break;
            case Commune:
                return Error.Validation("code", "Le code d'une commune est son numéro OFS (1 à 9999).");
            default:
                return Error.Validation("destinataire", "Destinataire : canton ou commune.");
        }

        var lignes = await LignesAsync(periode.Value, cancellationToken);
        var populations = o.Populations.ToDictionary(p => int.Parse(p.Key, CultureInfo.InvariantCulture), p => p.Value);
        var parCommune = lignes.Where(l => l.Commune is not null).GroupBy(l => l.Commune!.Value).ToDictionary(g => g.Key, g => g.Sum(l => l.Net));
        var totalNet = lignes.Sum(l => l.Net);
        var chargeCantonTotale = Chf.Montant(totalNet * o.PartCanton);
        var chargeCommunesTotale = totalNet - chargeCantonTotale;
        var communes = parCommune.Keys.Union(populations.Keys).Order().ToList();
        var avecPopulation = communes.Where(populations.ContainsKey).ToList();
        var parts = avecPopulation.Count == 0 ? [] : Repartition.ProRata(avecPopulation.Select(c => (decimal)populations[c]).ToList(), chargeCommunesTotale);
        var repartition = communes.Select(c => new RepartitionCommuneResponse(
                c, populations.TryGetValue(c, out var p) ? p : null, Chf.Montant(parCommune.GetValueOrDefault(c)),
                avecPopulation.IndexOf(c) is var i and >= 0 ? Chf.Montant(parts[i]) : null))
            .ToList();

        if (commune is { } bfsCommune)
        {
            var siennes = lignes.Where(l => l.Commune == bfsCommune).ToList();
            var net = siennes.Sum(l => l.Net);
            var saPart = repartition.FirstOrDefault(r => r.Commune == bfsCommune)?.ChargeCommunale ?? Chf.Montant(net - Chf.Montant(net * o.PartCanton));
            return new DecompteResponse(
                Commune, code!, periode.Value.Code, periode.Value.Du, periode.Value.Au, o.PartCanton, siennes,
                new TotauxDecompteResponse(Chf.Montant(siennes.Sum(l => l.Brut)), Chf.Montant(siennes.Sum(l => l.Remboursements)), Chf.Montant(net),
                    saPart, Chf.Montant(net * o.PartCanton), saPart),
                repartition.Where(r => r.Commune == bfsCommune).ToList());
        }

        return new DecompteResponse(
            Canton, code ?? o.Canton, periode.Value.Code, periode.Value.Du, periode.Value.Au, o.PartCanton, lignes,
            new TotauxDecompteResponse(Chf.Montant(lignes.Sum(l => l.Brut)), Chf.Montant(lignes.Sum(l => l.Remboursements)), Chf.Montant(totalNet),
                Chf.Montant(totalNet), chargeCantonTotale, Chf.Montant(chargeCommunesTotale)),
            repartition);
    }

    private async Task<List<LigneDecompteResponse>> LignesAsync(PeriodeDecompte periode, CancellationToken cancellationToken)
    {
        var totaux = await db.Lignes.AsNoTracking()
            .Where(l => l.Date >= periode.Du && l.Date <= periode.Au)
            .Where(l => l.Genre == GenresCompte.Allocation
                || (l.Genre == GenresCompte.Charge && AidesHorsAllocation.Contains(l.TypeCharge))
                || (l.Genre == GenresCompte.Revenu && Remboursements.Contains(l.TypeCharge)))
            .GroupBy(l => new { l.CommuneDomicile, l.Prestation, Revenu = l.Genre == GenresCompte.Revenu })
            .Select(g => new { g.Key.CommuneDomicile, g.Key.Prestation, g.Key.Revenu, Debit = g.Sum(x => x.Debit), Credit = g.Sum(x => x.Credit) })
            .ToListAsync(cancellationToken);
        return totaux
            .GroupBy(t => (t.CommuneDomicile, t.Prestation))
            .Select(g =>
            {
                var brut = g.Where(t => !t.Revenu).Sum(t => t.Debit - t.Credit);
                var remboursements = g.Where(t => t.Revenu).Sum(t => t.Credit - t.Debit);
                return new LigneDecompteResponse(g.Key.CommuneDomicile, g.Key.Prestation, Chf.Montant(brut), Chf.Montant(remboursements), Chf.Montant(brut - remboursements));
            })
            .OrderBy(l => l.Commune ?? int.MaxValue).ThenBy(l => l.Prestation, StringComparer.Ordinal)
            .ToList();
    }
}
