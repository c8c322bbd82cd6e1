using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Domain.Budgets;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Features.Budgets;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.Features.Facturation;

/// <summary>
/// A one-off invoice: the debtor read from Fiches (visible to the caller), re-billable valued services not yet
/// invoiced (each becomes a line on its dossier and is marked invoiced), budget charges re-billable to the debtor not
/// yet billed to it (each month marked billed) and manual lines, issued in one transaction. A dossier whose billing is
/// blocked or which is closed on the invoice's date (<see cref="BlocageDossier.Empechement"/>) is not invoiced: a
/// service or manual line on it is refused (409, the line named), its budget charges are left for later.
/// </summary>
internal sealed class EmettreFactureHandler(
    ComptabiliteDbContext db, EmissionFactures emission, DimensionsVisibles visibles, IFichesLecture fiches, LignesRefacturables refacturables,
    TimeProvider timeProvider)
{
    public async Task<Result<FactureDebiteur>> HandleAsync(FactureRequest request, CancellationToken cancellationToken)
    {
        var date = request.Date ?? timeProvider.Aujourdhui();
        var debiteur = await DebiteursFacture.LireAsync(fiches, visibles, request.DebiteurId!.Value, request.TypeDebiteur!, date, cancellationToken);
        if (!debiteur.IsSuccess)
        {
            return debiteur.Error!;
        }

        var compteRevenuParDefaut = TypesDebiteur.Imputations[request.TypeDebiteur!].CompteRevenu;
        var lignes = new List<LigneFactureSaisie>();
        var prestations = await PrestationsAsync(request.Prestations ?? [], cancellationToken);
        if (!prestations.IsSuccess)
        {
            return prestations.Error!;
        }

        lignes.AddRange(prestations.Value.Select(p => LignePrestation(p, compteRevenuParDefaut)));
        var postes = await PostesBudgetAsync(request, date, cancellationToken);
        if (!postes.IsSuccess)
        {
            return postes.Error!;
        }

        var (lignesBudget, moisBudget) = LignesRefacturables.Facturer(postes.Value, compteRevenuParDefaut);
        lignes.AddRange(lignesBudget);
        var manuelles = request.Lignes ?? [];
        var revenus = await ComptesRevenuAsync(manuelles, compteRevenuParDefaut, cancellationToken);
        if (!revenus.IsSuccess)
        {
            return revenus.Error!;
        }

        var empechees = await LignesEmpecheesAsync(prestations.Value, manuelles, date, cancellationToken);
        if (!empechees.IsSuccess)
        {
            return empechees.Error!;
        }

        foreach (var ligne in manuelles)
        {
            var quantite = ligne.Quantite ?? 1m;
            lignes.Add(new LigneFactureSaisie(
                ligne.Libelle!.Trim(), quantite, ligne.PrixUnitaire!.Value, decimal.Round(quantite * ligne.PrixUnitaire.Value, 2, MidpointRounding.AwayFromZero),
                ligne.CompteRevenu ?? compteRevenuParDefaut, ligne.FicheId, ligne.DossierId));
        }

        try
        {
            return await TransactionFacturation.ExecuterAsync(db, async () =>
            {
                var facture = await emission.EmettreAsync(
                    new EmissionFacture(debiteur.Value, date, request.TypeReference ?? ReferencesFacture.Qrr, request.Message, lignes), cancellationToken);
                if (!facture.IsSuccess)
                {
                    return facture;
                }

                foreach (var prestation in prestations.Value)
                {
                    prestation.Facturer(facture.Value.Id);
                }

                refacturables.Marquer(moisBudget, debiteur.Value.Id, facture.Value.Id);
                await db.SaveChangesAsync(cancellationToken);
                return facture;
            }, cancellationToken);
        }
        catch (DbUpdateException) when (prestations.Value.Count > 0 || moisBudget.Count > 0)
        {
            // The unique indexes on invoiced services and billed budget months: another invoice took one of them meanwhile.
            db.ChangeTracker.Clear();
            return prestations.Value.Count > 0 ? FacturationErrors.PrestationDejaFacturee : FacturationErrors.PosteBudgetDejaFacture;
        }
    }

    private async Task<Result<List<LigneRefacturable>>> PostesBudgetAsync(FactureRequest request, DateOnly date, CancellationToken cancellationToken)
    {
        if (request.BudgetsJusqua is not { } jusqua)
        {
            return new List<LigneRefacturable>();
        }

        var visiblesPostes = new List<LigneRefacturable>();
        foreach (var poste in await refacturables.LireAsync(request.DebiteurId!.Value, null, "0001-01", jusqua, cancellationToken))
        {
            if (await visibles.DossierAsync(poste.DossierId, cancellationToken))
            {
                visiblesPostes.Add(poste);
            }
        }

        // Charges of a blocked or closed dossier stay unbilled, as with its agreements: billed once it is unblocked.
        var empechements = await EmpechementsAsync(visiblesPostes.Select(p => p.DossierId), date, cancellationToken);
        var postes = visiblesPostes.Where(p => !empechements.ContainsKey(p.DossierId)).ToList();
        if (postes.Count > 0 || (request.Prestations?.Count ?? 0) + (request.Lignes?.Count ?? 0) > 0)
        {
            return postes;
        }

        return empechements.Count > 0
            ? FacturationErrors.DossierNonFacturable(new Dictionary<string, string[]> { ["budgetsJusqua"] = [.. empechements.Values.Select(e => e.Motif).Distinct()] })
            : Error.Validation("budgetsJusqua", "Aucune charge de budget refacturable à ce débiteur n'a été payée jusqu'à ce mois sans lui être déjà facturée.");
    }

    /// <summary>Refuses the services and manual lines on a dossier not to be invoiced on <paramref name="date"/>, each named.</summary>
    private async Task<Result> LignesEmpecheesAsync(
        IReadOnlyList<PrestationValorisee> prestations, IReadOnlyList<LigneFactureRequest> manuelles, DateOnly date, CancellationToken cancellationToken)
    {
        var lignes = prestations.Select((p, i) => (Champ: $"prestations[{i}]", DossierId: (Guid?)p.DossierId))
            .Concat(manuelles.Select((l, i) => (Champ: $"lignes[{i}].dossierId", l.DossierId)))
            .Where(l => l.DossierId is not null)
            .ToList();
        var empechements = await EmpechementsAsync(lignes.Select(l => l.DossierId!.Value), date, cancellationToken);
        var champs = lignes.Where(l => empechements.ContainsKey(l.DossierId!.Value))
            .ToDictionary(l => l.Champ, l => new[] { empechements[l.DossierId!.Value].Motif });
        return champs.Count == 0 ? Result.Success() : FacturationErrors.DossierNonFacturable(champs);
    }

    /// <summary>Why each of these dossiers is not to be invoiced on <paramref name="date"/> (blocked or closed that day), for those that are not.</summary>
    private async Task<Dictionary<Guid, EmpechementDossier>> EmpechementsAsync(IEnumerable<Guid> dossierIds, DateOnly date, CancellationToken cancellationToken)
    {
        var ids = dossierIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var blocages = await db.BlocagesDossier.AsNoTracking().Where(b => ids.Contains(b.DossierId)).ToListAsync(cancellationToken);
        return blocages.Select(b => (b.DossierId, Empechement: b.Empechement(date, date)))
            .Where(b => b.Empechement is not null)
            .ToDictionary(b => b.DossierId, b => b.Empechement!);
    }

    public static LigneFactureSaisie LignePrestation(PrestationValorisee p, string compteRevenu) => new(
        $"{p.Libelle} ({p.Date:dd.MM.yyyy})", p.Quantite, p.PrixUnitaire, p.Montant, compteRevenu, p.FicheId, p.DossierId, p.Id);

    private async Task<Result<List<PrestationValorisee>>> PrestationsAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var trouvees = await db.PrestationsValorisees.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var liste = new List<PrestationValorisee>();
        for (var i = 0; i < ids.Count; i++)
        {
            if (!trouvees.TryGetValue(ids[i], out var prestation) || !await visibles.DossierAsync(prestation.DossierId, cancellationToken))
            {
                return Error.Validation($"prestations[{i}]", "Cette prestation n'existe pas ou ne vous est pas visible.");
            }

            if (!prestation.Refacturable)
            {
                return Error.Validation($"prestations[{i}]", "Cette prestation n'est pas refacturable.");
            }

            if (prestation.FactureId is not null)
            {
                return FacturationErrors.PrestationDejaFacturee;
            }

            liste.Add(prestation);
        }

        return liste;
    }

    private async Task<Result> ComptesRevenuAsync(IReadOnlyList<LigneFactureRequest> lignes, string parDefaut, CancellationToken cancellationToken)
    {
        var numeros = lignes.Select(l => l.CompteRevenu ?? parDefaut).Distinct().ToList();
        var revenus = await db.Comptes.Where(c => numeros.Contains(c.Numero) && c.Classe == ClassesCompte.Revenu).Select(c => c.Numero).ToListAsync(cancellationToken);
        var erreurs = new Dictionary<string, string[]>();
        for (var i = 0; i < lignes.Count; i++)
        {
            if (!revenus.Contains(lignes[i].CompteRevenu ?? parDefaut))
            {
                erreurs[$"lignes[{i}].compteRevenu"] = ["Une ligne de facture crédite un compte de revenu (classe 4) du plan comptable."];
            }
        }

        return erreurs.Count == 0 ? Result.Success() : Error.Validation("comptabilite.ligne-invalide", "Des lignes de la facture sont invalides.", erreurs);
    }
}
