using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.Workflows;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Journal.IntegrationEventHandlers;

/// <summary>Opens a dossier's journal ("ouverture" entry) and starts the workflows triggered by an opening.</summary>
internal sealed class DossierOuvertHandler(JournalDbContext db, EntreesAutomatiques entrees, MoteurWorkflows workflows)
    : IIntegrationEventHandler<DossierOuvertIntegrationEvent>
{
    public async Task HandleAsync(DossierOuvertIntegrationEvent evt, CancellationToken cancellationToken)
    {
        var dossier = await entrees.DossierAsync(evt.DossierId, cancellationToken);
        dossier.Ouvert(evt.Numero, evt.ServiceId);
        var entree = await entrees.AjouterAsync(
            CiblesJournal.Dossier,
            evt.DossierId,
            TypesEntree.Ouverture,
            EntreesAutomatiques.Jour(evt.DateOuverture),
            $"Dossier {evt.Numero} ouvert : {evt.Nom} ({evt.Prestation}).",
            evt.EventId,
            cancellationToken,
            participants: evt.Membres.Select(m => m.FicheId).ToList());
        if (entree is not null)
        {
            var definitions = await db.WorkflowDefinitions.AsNoTracking()
                .Where(d => d.Active && d.Declencheur == DeclencheurWorkflow.DossierOuvert)
                .ToListAsync(cancellationToken);
            foreach (var definition in definitions)
            {
                await workflows.DemarrerAsync(definition, evt.DossierId, evt.DateOuverture, null, evt.EventId, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
