using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Domain.Budgets;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Features.Budgets;
using SocialErp.Modules.Comptabilite.Features.Decomptes;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.Features.Facturation;

/// <summary>
/// Debtor agreements and their periodic runs. A run invoices, for every agreement of the period's periodicity in force
/// during it, the dossier's re-billable services of the period not yet invoiced and the budget charges re-billable to the
/// agreement's debtor for the months up to the period's end (from the agreement's start) the budget run paid and no
/// invoice billed to it yet (a late run is caught up by the next period), one invoice per agreement and period
/// (a unique index on agreement + period makes a second run a no-op, even a concurrent one). An agreement whose dossier
/// has its billing blocked by the period's end, or is closed by its start (<see cref="BlocageDossier.Empechement"/>,
/// the budget runs' rule), is skipped and reported. Each agreement is issued in its own transaction: one refused
/// agreement does not hold back the others and is reported.
/// </summary>
internal sealed class FacturationPeriodiqueHandler(
    ComptabiliteDbContext db, EmissionFactures emission, DimensionsVisibles visibles, IFichesLecture fiches, LignesRefacturables refacturables,
    TimeProvider timeProvider)
{
    public async Task<Result<ConventionFacturation>> ConclureAsync(ConventionFacturationRequest request, CancellationToken cancellationToken)
    {
        if (!await visibles.FicheAsync(request.DebiteurId!.Value, cancellationToken))
        {
            return ComptabiliteErrors.FicheIntrouvable;
        }

        if (!await visibles.DossierAsync(request.DossierId!.Value, cancellationToken))
        {
            return ComptabiliteErrors.DossierIntrouvable;
        }

        var convention = ConventionFacturation.Conclure(
            request.DebiteurId.Value, request.TypeDebiteur!, request.DossierId.Value, request.Periodicite!, request.Libelle!.Trim(), request.Du!.Value,
            request.Au, timeProvider.GetUtcNow().UtcDateTime);
        db.ConventionsFacturation.Add(convention);
        await db.SaveChangesAsync(cancellationToken);
        return convention;
    }

    public async Task<Result<ExecutionFacturationResponse>> ExecuterAsync(ExecutionFacturationRequest request, CancellationToken cancellationToken)
    {
        var lue = PeriodeDecompte.Lire(request.Periode);
        var periodicite = lue.IsSuccess ? Periodicites.De(lue.Value.Code) : null;
        if (periodicite is null)
        {
            return Error.Validation("periode", "Période d'une exécution : AAAA-MM (mensuelle), AAAA-T1…T4 (trimestrielle) ou AAAA-S1|S2 (semestrielle).");
        }

        var periode = lue.Value;
        var conventions = (await db.ConventionsFacturation.AsNoTracking().Where(c => c.Periodicite == periodicite).OrderBy(c => c.CreeLe).ToListAsync(cancellationToken))
            .Where(c => c.Couvre(periode.Du, periode.Au))
            .ToList();
        var dejaFacturees = await db.FacturesDebiteurs.Where(f => f.Periode == periode.Code && f.ConventionId != null)
            .Select(f => f.ConventionId!.Value).ToListAsync(cancellationToken);
        var dossierIds = conventions.Select(c => c.DossierId).Distinct().ToList();
        var blocages = await db.BlocagesDossier.AsNoTracking().Where(b => dossierIds.Contains(b.DossierId)).ToDictionaryAsync(b => b.DossierId, cancellationToken);
        var factures = new List<FactureResponse>();
        var ignorees = new List<ConventionIgnoreeResponse>();
        foreach (var convention in conventions)
        {
            if (dejaFacturees.Contains(convention.Id))
            {
                ignorees.Add(new(convention.Id, "deja-facturee"));
                continue;
            }

            if (blocages.GetValueOrDefault(convention.DossierId)?.Empechement(periode.Du, periode.Au) is { } empechement)
            {
                ignorees.Add(new(convention.Id, empechement.Code, empechement.Motif));
                continue;
            }

            var resultat = await FacturerAsync(convention, periode, request.Date ?? periode.Au, cancellationToken);
            db.ChangeTracker.Clear();
            if (resultat.IsSuccess && resultat.Value is { } facture)
            {
                factures.Add(FactureResponse.From(facture));
            }
            else
            {
                ignorees.Add(resultat.IsSuccess ? new(convention.Id, "rien-a-facturer") : new(convention.Id, resultat.Error!.Code, resultat.Error.Message));
            }
        }

        return new ExecutionFacturationResponse(periode.Code, factures, ignorees);
    }

    private async Task<Result<FactureDebiteur?>> FacturerAsync(ConventionFacturation convention, PeriodeDecompte periode, DateOnly date, CancellationToken cancellationToken)
    {
        var prestations = await db.PrestationsValorisees
            .Where(p => p.DossierId == convention.DossierId && p.Refacturable && p.FactureId == null && p.Date >= periode.Du && p.Date <= periode.Au)
            .OrderBy(p => p.Date).ToListAsync(cancellationToken);
        var postes = await refacturables.LireAsync(convention.DebiteurId, convention.DossierId, $"{convention.Du:yyyy-MM}", $"{periode.Au:yyyy-MM}", cancellationToken);
        if (prestations.Count == 0 && postes.Count == 0)
        {
            return (FactureDebiteur?)null;
        }

        var compteRevenu = TypesDebiteur.Imputations[convention.TypeDebiteur].CompteRevenu;
        var (lignesBudget, moisBudget) = LignesRefacturables.Facturer(postes, compteRevenu);
        var debiteur = await DebiteursFacture.LireAsync(fiches, visibles, convention.DebiteurId, convention.TypeDebiteur, date, cancellationToken);
        if (!debiteur.IsSuccess)
        {
            return debiteur.Error!;
        }

        try
        {
            var emise = await TransactionFacturation.ExecuterAsync(db, async () =>
            {
                var facture = await emission.EmettreAsync(
                    new EmissionFacture(
                        debiteur.Value, date, ReferencesFacture.Qrr,
                        $"{convention.Libelle} — {periode.Code}", [.. prestations.Select(p => EmettreFactureHandler.LignePrestation(p, compteRevenu)), .. lignesBudget],
                        ConventionId: convention.Id, Periode: periode.Code),
                    cancellationToken);
                if (!facture.IsSuccess)
                {
                    return facture;
                }

                foreach (var prestation in prestations)
                {
                    prestation.Facturer(facture.Value.Id);
                }

                refacturables.Marquer(moisBudget, convention.DebiteurId, facture.Value.Id);

                await db.SaveChangesAsync(cancellationToken);
                return facture;
            }, cancellationToken);
            return emise.IsSuccess ? emise.Value : emise.Error!;
        }
        catch (DbUpdateException)
        {
            // A concurrent run issued this agreement's invoice for the period (unique agreement + period).
            return Error.Conflict("deja-facturee", "Déjà facturée par une exécution concurrente.");
        }
    }
}
