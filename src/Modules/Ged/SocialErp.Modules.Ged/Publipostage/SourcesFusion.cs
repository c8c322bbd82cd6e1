using SocialErp.Modules.Comptabilite.Contracts.Queries;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Ged.Contracts.Cibles;
using SocialErp.Modules.Ged.Domain;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Ged.Publipostage;

/// <summary>
/// Reads the recipients of a merge through the Contracts of Fiches, Dossiers and Comptabilité (only what the current
/// user may see): one recipient per fiche of a batch, or the dossier with its requérant's fiche, its allocation unit and
/// its budgets today.
/// </summary>
internal sealed class SourcesFusion(IFichesLecture fiches, IDossiersLecture dossiers, IBudgetsLecture budgets, TimeProvider timeProvider)
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
        return new List<Destinataire>
        {
            new(
                dossier.Id.ToString(),
                [(TypesCible.Dossier, dossier.Id)],
                $"{dossier.Numero} {dossier.Nom}",
                valeurs),
        };
    }
}
