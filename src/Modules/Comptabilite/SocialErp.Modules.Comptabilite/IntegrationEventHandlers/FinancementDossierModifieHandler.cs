using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Messaging;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.IntegrationEventHandlers;

/// <summary>
/// Keeps the local projection of a dossier's funding that session billing reads: the event carries the complete
/// funding, so a newer version replaces what is held and an older or repeated one changes nothing.
/// </summary>
internal sealed class FinancementDossierModifieHandler(ComptabiliteDbContext db, TimeProvider timeProvider)
    : IIntegrationEventHandler<FinancementDossierModifieIntegrationEvent>
{
    public async Task HandleAsync(FinancementDossierModifieIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var e = integrationEvent;
        var financement = await db.FinancementsProjetes.Include(f => f.CoFinanceurs).FirstOrDefaultAsync(f => f.DossierId == e.DossierId, cancellationToken);
        if (financement is null)
        {
            financement = FinancementProjete.Pour(e.DossierId);
            db.FinancementsProjetes.Add(financement);
        }
        else if (!financement.AccepteVersion(e.Version))
        {
            return;
        }

        financement.Remplacer(
            e.Version, e.ConventionReference, e.ConventionDu, e.ConventionAu, e.HeuresFinancees, e.FinanceurPrincipalId, e.ModeMontant, e.Montant,
            e.Repartition, e.PartPrincipale, e.CoFinanceurs.Select(c => (c.FicheId, c.Part)), timeProvider.Maintenant());
        await db.SaveChangesAsync(cancellationToken);
    }
}
