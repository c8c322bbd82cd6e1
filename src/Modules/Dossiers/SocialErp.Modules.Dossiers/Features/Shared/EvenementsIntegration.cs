using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Dossiers.Features.Shared;

/// <summary>The snapshot-style integration events built from a dossier's current state.</summary>
internal static class EvenementsIntegration
{
    public static AccesDossierModifieIntegrationEvent Acces(Dossier dossier, DateOnly aujourdhui, VisibiliteParService visibilite) => new(
        dossier.Id,
        dossier.VersionAcces,
        dossier.ServiceId,
        dossier.Partages.Where(p => p.ServiceId is not null && p.EstActif(aujourdhui)).Select(p => p.ServiceId!.Value).Distinct().ToList(),
        dossier.ReferentsActifs.Select(r => r.UtilisateurId)
            .Concat(dossier.Partages.Where(p => p.UtilisateurId is not null && p.EstActif(aujourdhui)).Select(p => p.UtilisateurId!.Value))
            .Distinct()
            .ToList(),
        dossier.Membres.Select(m => m.FicheId).ToList())
    {
        Referents = dossier.ReferentsActifs.Select(r => r.UtilisateurId).Distinct().ToList(),
        ServiceVoitLeDossier = visibilite.ServiceVoit(dossier.ServiceId),
    };

    public static UniteAllocationModifieeIntegrationEvent UniteAllocation(Dossier dossier) => new(
        dossier.Id,
        dossier.VersionUniteAllocation,
        dossier.PeriodesUa.OrderBy(p => p.Du).Select(p => new PeriodeUniteAllocation(p.FicheId, p.Role, p.Du, p.Au)).ToList());

    /// <summary>What a new dossier publishes: its opening, its allocation unit and who may see it.</summary>
    public static IEnumerable<IntegrationEvent> Ouverture(Dossier dossier, DateOnly aujourdhui, VisibiliteParService visibilite) =>
        [Ouvert(dossier), UniteAllocation(dossier), Acces(dossier, aujourdhui, visibilite)];

    /// <summary>
    /// What a dossier whose fiches were re-pointed (a merge or its undoing) publishes: who may see it, and its
    /// allocation unit when that changed since <paramref name="versionUaAvant"/>.
    /// </summary>
    public static IEnumerable<IntegrationEvent> FichesRepointees(Dossier dossier, long versionUaAvant, DateOnly aujourdhui, VisibiliteParService visibilite) =>
        dossier.VersionUniteAllocation == versionUaAvant
            ? [Acces(dossier, aujourdhui, visibilite)]
            : [Acces(dossier, aujourdhui, visibilite), UniteAllocation(dossier)];

    public static DossierOuvertIntegrationEvent Ouvert(Dossier dossier) => new(
        dossier.Id,
        dossier.Numero,
        dossier.Nom,
        dossier.Prestation,
        dossier.CommuneDomicile,
        dossier.ServiceId,
        dossier.DateOuverture,
        dossier.Membres.Select(m => new MembreDossier(m.FicheId, m.Role)).ToList());

    public static DossierStatutModifieIntegrationEvent Statut(ChangementStatut changement) => new(
        changement.DossierId, changement.AncienStatut ?? "", changement.NouveauStatut, changement.Date, changement.Motif);

    /// <summary>
    /// The funding's complete state, published in the save that changes it: the version is the one this save gives
    /// the aggregate (1 when new, one more when changed, see <c>VersionIncrementer</c>).
    /// </summary>
    public static FinancementDossierModifieIntegrationEvent Financement(Domain.Financement financement) => new(
        financement.DossierId,
        financement.Version + 1,
        financement.ConventionReference,
        financement.ConventionDu,
        financement.ConventionAu,
        financement.HeuresFinancees,
        financement.FinanceurPrincipalId,
        financement.TypeFinanceur,
        financement.ModeMontant,
        financement.Montant,
        financement.Repartition,
        financement.PartPrincipale,
        financement.CoFinanceurs.Select(c => new CoFinanceurDossier(c.FicheId, c.Part)).ToList(),
        financement.ConventionId);

    public static SeanceModifieeIntegrationEvent Seance(Seance seance) =>
        new(seance.Id, seance.DossierId, seance.Debut, seance.Fin, seance.DureeHeures, seance.Etat, seance.Presence);
}
