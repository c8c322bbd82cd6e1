using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Banque.Camt;
using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.Modules.Comptabilite.Domain.Paiements;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.Features.Paiements;

/// <summary>What a debit notification did: orders confirmed, already confirmed, and debits that match nothing we sent.</summary>
internal sealed record ImportDebitsResponse(
    string Version, string IdentifiantMessage, int Debits, int OrdresExecutes, int DejaExecutes, int EcrituresIgnorees, IReadOnlyList<Guid> LotsExecutes,
    IReadOnlyList<DebitNonReconnuResponse> NonReconnus);

internal sealed record DebitNonReconnuResponse(string? EndToEndId, string? PmtInfId, decimal Montant, string Motif);

/// <summary>
/// Reconciles the bank's camt.054 debit notification with the batches it executed: each debit finds its order by the
/// EndToEndId we sent (or, for a batch booked as one amount, all orders of the batch by its PmtInfId and total). A
/// matched order not booked yet is booked on the bank's booking date (payable vs bank), then marked executed; a batch
/// whose orders are all executed is executed. A file read twice changes nothing the second time. All or nothing.
/// </summary>
internal sealed class ImportDebitsCamt(ComptabiliteDbContext db, ComptabilisationPaiements comptabilisation, TimeProvider timeProvider)
{
    public async Task<Result<ImportDebitsResponse>> ImporterAsync(Stream fichier, CancellationToken cancellationToken)
    {
        var lu = LecteurCamtDebits.Lire(fichier);
        if (!lu.IsSuccess)
        {
            return lu.Error!;
        }

        var releve = lu.Value;
        var nonReconnus = new List<DebitNonReconnuResponse>();
        var confirmes = new List<(OrdrePaiement Ordre, AvisDebit Debit)>();
        foreach (var debit in releve.Debits)
        {
            var ordres = await OrdresAsync(debit, cancellationToken);
            if (ordres.Count == 0)
            {
                nonReconnus.Add(new DebitNonReconnuResponse(debit.EndToEndId, debit.PmtInfId, Chf.Montant(debit.Montant), "Aucun ordre émis ne porte ces identifiants."));
            }
            else if (ordres.Sum(o => o.Montant) != debit.Montant)
            {
                nonReconnus.Add(new DebitNonReconnuResponse(
                    debit.EndToEndId, debit.PmtInfId, Chf.Montant(debit.Montant), $"Le montant débité diffère de l'ordre ({Chf.Montant(ordres.Sum(o => o.Montant))})."));
            }
            else
            {
                confirmes.AddRange(ordres.Select(o => (o, debit)));
            }
        }

        var dejaExecutes = confirmes.Count(c => c.Ordre.Statut == StatutsOrdre.Execute);
        var nouveaux = confirmes.Where(c => c.Ordre.Statut != StatutsOrdre.Execute).ToList();
        var aujourdhui = timeProvider.Aujourdhui();
        var dates = nouveaux.ToDictionary(c => c.Ordre.Id, c => c.Debit.DateComptabilisation ?? aujourdhui);
        var passees = await comptabilisation.ComptabiliserAsync([.. nouveaux.Select(c => c.Ordre)], o => dates[o.Id], cancellationToken);
        if (!passees.IsSuccess)
        {
            return passees.Error!;
        }

        foreach (var (ordre, debit) in nouveaux)
        {
            ordre.Executer(dates[ordre.Id], debit.ReferenceBanque);
        }

        var lotsExecutes = await ExecuterLotsAsync(nouveaux.Select(c => c.Ordre).ToList(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new ImportDebitsResponse(
            releve.Version, releve.IdentifiantMessage, releve.Debits.Count, nouveaux.Count, dejaExecutes, releve.EcrituresIgnorees, lotsExecutes, nonReconnus);
    }

    private async Task<List<OrdrePaiement>> OrdresAsync(AvisDebit debit, CancellationToken cancellationToken)
    {
        if (debit.EndToEndId is { Length: 32 } endToEnd && Guid.TryParseExact(endToEnd, "N", out var id))
        {
            return await db.OrdresPaiement.Where(o => o.Id == id && o.LotId != null).ToListAsync(cancellationToken);
        }

        // A batch booked as one amount: PmtInfId is "<batch id>-<n>" (RedacteurPain001), the batch's orders pay it together.
        if (debit.PmtInfId is { } pmtInf && pmtInf.LastIndexOf('-') is > 0 and var tiret)
        {
            var identifiant = pmtInf[..tiret];
            var lot = await db.LotsPaiements.AsNoTracking().FirstOrDefaultAsync(l => l.Identifiant == identifiant, cancellationToken);
            if (lot is not null)
            {
                return await db.OrdresPaiement.Where(o => o.LotId == lot.Id).ToListAsync(cancellationToken);
            }
        }

        return [];
    }

    private async Task<List<Guid>> ExecuterLotsAsync(List<OrdrePaiement> executes, CancellationToken cancellationToken)
    {
        var lotIds = executes.Select(o => o.LotId!.Value).Distinct().ToList();
        var termines = new List<Guid>();
        foreach (var lot in await db.LotsPaiements.Where(l => lotIds.Contains(l.Id)).ToListAsync(cancellationToken))
        {
            // Orders of this import are tracked with their new status; the others are read as stored.
            var ouverts = await db.OrdresPaiement.AsNoTracking().Where(o => o.LotId == lot.Id && o.Statut != StatutsOrdre.Execute).Select(o => o.Id).ToListAsync(cancellationToken);
            if (ouverts.All(id => executes.Any(o => o.Id == id)))
            {
                var date = executes.Where(o => o.LotId == lot.Id).Max(o => o.ExecuteLe!.Value);
                lot.MarquerComptabilise(timeProvider.Maintenant());
                lot.MarquerExecute(date);
                db.Publish(new LotPaiementsExecuteIntegrationEvent(lot.Id, date, lot.NombreOrdres, lot.Montant));
                termines.Add(lot.Id);
            }
        }

        return termines;
    }
}
