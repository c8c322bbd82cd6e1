using SocialErp.Modules.Comptabilite.Contracts.Queries;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Ged.Contracts.Cibles;
using SocialErp.Modules.Ged.Domain;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Ged.Publipostage;

/// <summary>
/// Reads the recipients of a merge through the Contracts of Fiches, Dossiers and Comptabilité (only what the current
/// user may see): one recipient per fiche of a batch, or the dossier with its requérant's fiche, its allocation unit,
/// its budgets today, its referent, funding and indicators.
/// </summary>
internal sealed class SourcesFusion(
    IFichesLecture fiches,
    IDossiersLecture dossiers,
    ISuiviDossierLecture suivis,
    IAnnuaireUtilisateurs annuaire,
    IBudgetsLecture budgets,
    TimeProvider timeProvider)
{
    public const int FichesMax = 500;

    private DateOnly Aujourdhui => timeProvider.Aujourdhui();

    public async Task<Result<IReadOnlyList<Destinataire>>> PourFichesAsync(IReadOnlyCollection<Guid> ficheIds, CancellationToken cancellationToken)
    {
        var lues = await fiches.TrouverAsync(ficheIds, Aujourdhui, cancellationToken);
        if (lues.Count != ficheIds.Distinct().Count())
        {
            return ModeleErrors.FicheIntrouvable;
        }

        return lues
            .Select(f => new Destinataire(
                f.Id.ToString(),
                [(TypesCible.Fiche, f.Id)],
                ValeursFusion.NomComplet(f),
                ValeursFusion.Construire(Aujourdhui, f, null, [], [], null)))
            .ToList();
    }

    public async Task<Result<IReadOnlyList<Destinataire>>> PourDossierAsync(
        Guid dossierId, EvenementAttestation? evenement, CancellationToken cancellationToken)
    {
        var dossier = await dossiers.TrouverAsync(dossierId, cancellationToken);
        if (dossier is null)
        {
            return ModeleErrors.DossierIntrouvable;
        }

        var unite = await dossiers.UniteAllocationAuAsync(dossierId, Aujourdhui, cancellationToken);
        var ficheIds = dossier.Membres.Select(m => m.FicheId).Concat(unite.Select(m => m.FicheId)).Distinct().ToList();
        var membres = await fiches.TrouverAsync(ficheIds, Aujourdhui, cancellationToken);
        var requerantId = dossier.Membres.FirstOrDefault(m => m.Role == RolesMembre.Requerant)?.FicheId ?? (dossier.Membres.Count > 0 ? dossier.Membres[0].FicheId : null);
        var requerant = membres.FirstOrDefault(m => m.Id == requerantId);
        var valeurs = ValeursFusion.Construire(Aujourdhui, requerant, dossier, unite, membres, evenement);
        ValeursBudget.Ajouter(valeurs, await budgets.ValidesAuAsync(dossierId, Aujourdhui, cancellationToken));
        await AjouterSuiviAsync(valeurs, dossierId, cancellationToken);
        return new List<Destinataire>
        {
            new(
                dossier.Id.ToString(),
                [(TypesCible.Dossier, dossier.Id)],
                $"{dossier.Numero} {dossier.Nom}",
                valeurs),
        };
    }

    private async Task AjouterSuiviAsync(Dictionary<string, string?> valeurs, Guid dossierId, CancellationToken cancellationToken)
    {
        var suivi = await suivis.TrouverAsync(dossierId, cancellationToken);
        if (suivi is null)
        {
            return;
        }

        var referent = suivi.Referent is { } r ? await annuaire.TrouverAsync(r.UtilisateurId, cancellationToken) : null;
        var financeurIds = suivi.Financement is { } f ? f.CoFinanceurs.Select(c => c.FicheId).Prepend(f.FinanceurPrincipalId).ToList() : [];
        var financeurs = financeurIds.Count == 0 ? [] : await fiches.TrouverAsync(financeurIds, Aujourdhui, cancellationToken);
        ValeursSuivi.Ajouter(valeurs, suivi, referent, financeurs);
    }
}
