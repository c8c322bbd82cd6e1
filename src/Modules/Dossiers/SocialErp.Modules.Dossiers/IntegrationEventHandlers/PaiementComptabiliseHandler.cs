using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Dossiers.IntegrationEventHandlers;

/// <summary>
/// Keeps each dossier's last ordinary payment date (six-month rule). Keeping the later date makes a redelivered or
/// late message harmless.
/// </summary>
internal sealed class PaiementComptabiliseHandler(DossiersDbContext db) : IIntegrationEventHandler<PaiementComptabiliseIntegrationEvent>
{
    public async Task HandleAsync(PaiementComptabiliseIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (!integrationEvent.Ordinaire || integrationEvent.DossierId is not { } dossierId
            || !await db.Dossiers.AnyAsync(d => d.Id == dossierId, cancellationToken))
        {
            return;
        }

        var dernier = await db.DerniersPaiements.FirstOrDefaultAsync(p => p.DossierId == dossierId, cancellationToken);
        if (dernier is null)
        {
            db.DerniersPaiements.Add(new DernierPaiement(dossierId, integrationEvent.Date));
        }
        else
        {
            dernier.Recevoir(integrationEvent.Date);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
