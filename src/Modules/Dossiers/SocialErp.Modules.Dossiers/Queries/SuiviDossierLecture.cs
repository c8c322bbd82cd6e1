using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Indicateurs;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Dossiers.Queries;

/// <summary>
/// A visible dossier's referent, funding and indicators for other modules. Outside a request (an integration-event
/// handler generating an attestation) it reads for the system, as <see cref="DossiersLecture"/> does.
/// </summary>
internal sealed class SuiviDossierLecture(ChargementDossier chargement, DossiersDbContext db, LectureIndicateurs indicateurs, ICurrentUser user)
    : ISuiviDossierLecture
{
    public async Task<SuiviDossierApercu?> TrouverAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var dossier = user.IsAuthenticated
            ? await chargement.LireAsync(dossierId, cancellationToken)
            : await chargement.LirePourSystemeAsync(dossierId, cancellationToken);
        if (dossier is null)
        {
            return null;
        }

        var financement = await db.Financements.AsNoTracking().Include(f => f.CoFinanceurs)
            .FirstOrDefaultAsync(f => f.DossierId == dossierId, cancellationToken);
        var calcul = await indicateurs.CalculerAsync(dossier, cancellationToken);
        return new SuiviDossierApercu(
            Referent(dossier),
            financement is null ? null : Apercu(financement),
            new ParcoursApercu(
                calcul.DateEntree, calcul.DateSortie, calcul.DureeParcoursJours, calcul.HeuresPlanifiees, calcul.HeuresRealisees,
                calcul.SeancesEmargees, calcul.SeancesPresent, calcul.TauxPresence, calcul.TauxReussite));
    }

    private static ReferentApercu? Referent(Dossier dossier) =>
        dossier.ReferentsActifs
            .OrderByDescending(r => r.Principal)
            .ThenBy(r => r.Du)
            .Select(r => new ReferentApercu(r.UtilisateurId, r.FicheIntervenantId, r.Du))
            .FirstOrDefault();

    private static FinancementApercu Apercu(Financement f) =>
        new(
            f.ConventionReference, f.ConventionDu, f.ConventionAu, f.HeuresFinancees, f.FinanceurPrincipalId, f.TypeFinanceur,
            f.ModeMontant, f.Montant, f.MontantTotal, f.Repartition, f.PartPrincipale,
            f.CoFinanceurs.Select(c => new CoFinanceurDossier(c.FicheId, c.Part)).ToList());
}
