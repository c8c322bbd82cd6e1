using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.Workflows;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Journal.IntegrationEventHandlers;

/// <summary>
/// Notes a recorded event, creates the due dates its type's effects ask for (no responsible named: the dossier's
/// referent, else the dossier's service) and starts the workflows triggered by that event type.
/// </summary>
internal sealed class EvenementDossierEnregistreHandler(
    JournalDbContext db, EntreesAutomatiques entrees, MoteurWorkflows workflows, TimeProvider timeProvider)
    : IIntegrationEventHandler<EvenementDossierEnregistreIntegrationEvent>
{
    public async Task HandleAsync(EvenementDossierEnregistreIntegrationEvent evt, CancellationToken cancellationToken)
    {
        var dossier = await entrees.DossierAsync(evt.DossierId, cancellationToken);
        var details = string.Join(' ', new[] { evt.Commentaire, string.IsNullOrWhiteSpace(evt.Motif) ? null : $"Motif : {evt.Motif}." }
            .Where(d => !string.IsNullOrWhiteSpace(d)));
        var entree = await entrees.AjouterAsync(
            CiblesJournal.Dossier,
            evt.DossierId,
            TypesEntree.Evenement,
            EntreesAutomatiques.Jour(evt.Date),
            $"Événement « {evt.TypeLibelle} » enregistré.{(details.Length > 0 ? " " + details : "")}",
            evt.EventId,
            cancellationToken);
        if (entree is null)
        {
            return;
        }

        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        foreach (var demandee in evt.Echeances)
        {
            db.Echeances.Add(Echeance.Creer(
                evt.DossierId, entree.Id, demandee.Date, demandee.Action, demandee.ResponsableId ?? dossier.ReferentPrincipal, dossier.ServiceId, false, maintenant));
        }

        var definitions = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.Active && d.Declencheur == DeclencheurWorkflow.Evenement && d.TypeEvenement == evt.TypeCode)
            .ToListAsync(cancellationToken);
        foreach (var definition in definitions)
        {
            await workflows.DemarrerAsync(definition, evt.DossierId, evt.Date, null, evt.EventId, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
