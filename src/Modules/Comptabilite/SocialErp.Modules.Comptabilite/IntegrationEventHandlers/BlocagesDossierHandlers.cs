using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain.Budgets;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Comptabilite.IntegrationEventHandlers;

/// <summary>
/// Keeps the projection budget runs and debtor invoicing read: billing blocked or unblocked, dossier closed or reopened. Both events state
/// the new situation (not a delta), so applying one twice changes nothing.
/// </summary>
internal sealed class BlocagesDossierHandlers(ComptabiliteDbContext db)
    : IIntegrationEventHandler<FacturationDossierModifieeIntegrationEvent>, IIntegrationEventHandler<DossierStatutModifieIntegrationEvent>
{
    /// <summary>Statuses in which a dossier receives no more budget payments and is no more invoiced.</summary>
    private static readonly string[] Fermes = [StatutsDossier.Termine, StatutsDossier.Abandonne, StatutsDossier.Clos, StatutsDossier.Archive];

    public async Task HandleAsync(FacturationDossierModifieeIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var blocage = await ObtenirAsync(integrationEvent.DossierId, cancellationToken);
        blocage.Facturation(integrationEvent.Bloquee, integrationEvent.Date, integrationEvent.Motif);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task HandleAsync(DossierStatutModifieIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var blocage = await ObtenirAsync(integrationEvent.DossierId, cancellationToken);
        blocage.StatutModifie(integrationEvent.NouveauStatut, Fermes.Contains(integrationEvent.NouveauStatut), integrationEvent.Date);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<BlocageDossier> ObtenirAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var blocage = await db.BlocagesDossier.FirstOrDefaultAsync(b => b.DossierId == dossierId, cancellationToken);
        if (blocage is null)
        {
            blocage = BlocageDossier.Pour(dossierId);
            db.BlocagesDossier.Add(blocage);
        }

        return blocage;
    }
}
