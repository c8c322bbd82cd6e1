using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Domain.Budgets;
using SocialErp.Modules.Comptabilite.Domain.Paiements;
using SocialErp.Modules.Comptabilite.Features.Paiements;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Comptabilite.Features.Budgets;

/// <summary>
/// Creates budgets and their versions: dossier, persons and payees visible, accounts and references valid, SKOS
/// maintenance filled in, and no two versions of the same dossier and kind valid on the same day.
/// </summary>
internal sealed class BudgetsHandler(
    ComptabiliteDbContext db, DimensionsVisibles visibles, IDossiersLecture dossiers, IOptions<BudgetsOptions> options, ICurrentUser user, TimeProvider timeProvider)
{
    public async Task<Result<Budget>> CreerAsync(BudgetRequest request, CancellationToken cancellationToken)
    {
        var dossierId = request.DossierId!.Value;
        if (!await visibles.DossierAsync(dossierId, cancellationToken))
        {
            return ComptabiliteErrors.DossierIntrouvable;
        }

        var chevauchement = await ChevauchementAsync(dossierId, request.Genre!, null, request.Du!.Value, request.Au, cancellationToken);
        if (chevauchement is not null)
        {
            return chevauchement;
        }

        var lignes = await LignesAsync(dossierId, request.Du.Value, request.Au, request.TailleMenage, request.Lignes!, cancellationToken);
        if (!lignes.IsSuccess)
        {
            return lignes.Error!;
        }

        var dossier = await dossiers.TrouverAsync(dossierId, cancellationToken);
        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        var budget = Budget.Creer(
            dossierId, request.Genre!, string.IsNullOrWhiteSpace(request.Libelle) ? $"Budget {request.Genre}" : request.Libelle.Trim(),
            dossier?.CommuneDomicile, dossier?.Prestation, maintenant, user.Id);
        budget.AjouterVersion(request.Du.Value, request.Au, lignes.Value.Taille, request.Motif, lignes.Value.Lignes, maintenant, user.Id);
        db.Budgets.Add(budget);
        await db.SaveChangesAsync(cancellationToken);
        return budget;
    }

    public async Task<Result<Budget>> NouvelleVersionAsync(Guid id, VersionBudgetRequest request, long? versionAttendue, CancellationToken cancellationToken)
    {
        var budget = await ChargerAsync(id, cancellationToken);
        if (budget is null)
        {
            return PaiementsErrors.BudgetIntrouvable;
        }

        var ok = SocialErp.BuildingBlocks.Http.ETags.Check(versionAttendue, budget.Version);
        if (!ok.IsSuccess)
        {
            return ok.Error!;
        }

        var du = request.Du!.Value;
        if (du <= budget.Derniere.Du)
        {
            return PaiementsErrors.BudgetChevauchement(
                $"La version {budget.Derniere.Numero} commence le {budget.Derniere.Du:dd.MM.yyyy} : une nouvelle version commence après.");
        }

        var chevauchement = await ChevauchementAsync(budget.DossierId, budget.Genre, budget.Id, du, request.Au, cancellationToken);
        if (chevauchement is not null)
        {
            return chevauchement;
        }

        var lignes = await LignesAsync(budget.DossierId, du, request.Au, request.TailleMenage, request.Lignes!, cancellationToken);
        if (!lignes.IsSuccess)
        {
            return lignes.Error!;
        }

        budget.AjouterVersion(du, request.Au, lignes.Value.Taille, request.Motif, lignes.Value.Lignes, timeProvider.GetUtcNow().UtcDateTime, user.Id);
        await db.SaveChangesAsync(cancellationToken);
        return budget;
    }

    /// <summary>The budget with its versions and lines, when its dossier is visible.</summary>
    public async Task<Budget?> ChargerAsync(Guid id, CancellationToken cancellationToken)
    {
        var budget = await db.Budgets.Include(b => b.Versions).ThenInclude(v => v.Lignes).AsSplitQuery().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        return budget is not null && await visibles.DossierAsync(budget.DossierId, cancellationToken) ? budget : null;
    }

    /// <summary>Another budget of the same dossier and kind valid on a day of [du, au].</summary>
    private async Task<Error?> ChevauchementAsync(Guid dossierId, string genre, Guid? sauf, DateOnly du, DateOnly? au, CancellationToken cancellationToken)
    {
        var fin = au ?? DateOnly.MaxValue;
        var autre = await db.VersionsBudget
            .Where(v => v.Du <= fin && (v.Au == null || v.Au >= du))
            .Join(db.Budgets.Where(b => b.DossierId == dossierId && b.Genre == genre && b.Id != sauf), v => v.BudgetId, b => b.Id, (v, b) => new { b.Id, v.Du, v.Au })
            .FirstOrDefaultAsync(cancellationToken);
        return autre is null
            ? null
            : PaiementsErrors.BudgetChevauchement(
                $"Le budget {autre.Id} de ce dossier et de ce genre est déjà valable du {autre.Du:dd.MM.yyyy}"
                + (autre.Au is { } a ? $" au {a:dd.MM.yyyy}" : string.Empty) + " : les périodes ne peuvent se chevaucher.");
    }

    private async Task<Result<(int Taille, List<LigneBudget> Lignes)>> LignesAsync(
        Guid dossierId, DateOnly du, DateOnly? au, int? tailleDemandee, IReadOnlyList<LigneBudgetRequest> demandes, CancellationToken cancellationToken)
    {
        var taille = tailleDemandee ?? await db.MembresUa.CountAsync(m => m.DossierId == dossierId && m.Du <= du && (m.Au == null || m.Au >= du), cancellationToken);
        var lignes = new List<LigneBudget>();
        var erreurs = new Dictionary<string, string[]>();
        for (var i = 0; i < demandes.Count; i++)
        {
            var demande = demandes[i];
            var champ = $"lignes[{i}]";
            if (!await visibles.FicheAsync(demande.BeneficiaireId!.Value, cancellationToken))
            {
                erreurs[$"{champ}.beneficiaireId"] = ["Cette fiche n'existe pas ou ne vous est pas visible."];
            }

            if (demande.PayeId is { } payeId && !await visibles.FicheAsync(payeId, cancellationToken))
            {
                erreurs[$"{champ}.payeId"] = ["Cette fiche n'existe pas ou ne vous est pas visible."];
            }

            if (demande.Refacturable != demande.RefactureA.HasValue)
            {
                erreurs[$"{champ}.refactureA"] = ["Une charge refacturable désigne le débiteur (fiche) à qui elle est refacturée, et seule une charge refacturable en désigne un."];
            }
            else if (demande.RefactureA is { } debiteurId && !await visibles.FicheAsync(debiteurId, cancellationToken))
            {
                erreurs[$"{champ}.refactureA"] = ["Cette fiche n'existe pas ou ne vous est pas visible."];
            }

            if (demande.Montant is null && taille < 1)
            {
                erreurs[$"{champ}.montant"] = ["Sans taille de ménage (ni membres connus de l'unité), le montant de l'entretien est requis."];
            }

            var compte = demande.Iban is null && TypesLigneBudget.EstRessource(demande.Type!)
                ? null
                : ComptePaiement.Lire(demande.Iban, demande.TypeReference, demande.Reference, champ);
            if (compte is { IsSuccess: false })
            {
                return compte.Error!;
            }

            var debut = demande.Du is { } d && d > du ? d : du;
            var fin = demande.Au is { } a && (au is null || a < au) ? a : au;
            lignes.Add(LigneBudget.Creer(
                i, demande.Type!, string.IsNullOrWhiteSpace(demande.Libelle) ? demande.Type! : demande.Libelle.Trim(),
                demande.Montant ?? options.Value.Entretien(taille), demande.Periodicite ?? Periodicites.Mensuelle, debut, fin, demande.BeneficiaireId!.Value,
                demande.PayeId, compte?.Value.Iban.Valeur, compte?.Value.Reference.Code, compte?.Value.Reference.Valeur, demande.Refacturable,
                demande.RefactureA));
        }

        return erreurs.Count > 0
            ? Error.Validation("comptabilite.ligne-budget-invalide", "Des lignes du budget sont invalides.", erreurs)
            : (Math.Max(taille, 1), lignes);
    }
}
