using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;

namespace SocialErp.Modules.Journal.Features.Workflows;

/// <summary>
/// Starts workflows on dossiers and moves them on: each step becomes a due date for its responsible (a named
/// user, the dossier's referent, or a trade of the dossier's service); realising it opens the next step.
/// Changes are added to the context; the caller saves.
/// </summary>
internal sealed class MoteurWorkflows(JournalDbContext db, TimeProvider timeProvider)
{
    public async Task<WorkflowInstance> DemarrerAsync(
        WorkflowDefinition definition, Guid dossierId, DateOnly dateDebut, Guid? parId, Guid? sourceMessageId, CancellationToken cancellationToken)
    {
        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        var instance = WorkflowInstance.Demarrer(definition, dossierId, dateDebut, parId, sourceMessageId, maintenant);
        db.WorkflowInstances.Add(instance);
        await CommencerAsync(instance, definition.Etapes[0], maintenant, cancellationToken);
        return instance;
    }

    /// <summary>A step's due date was realised: completes the step and opens the next one.</summary>
    public async Task AvancerAsync(Echeance echeance, Guid? parId, CancellationToken cancellationToken)
    {
        if (echeance.WorkflowInstanceId is not { } instanceId)
        {
            return;
        }

        var instance = await db.WorkflowInstances.FirstAsync(i => i.Id == instanceId, cancellationToken);
        if (instance.EtapeCourante != echeance.EtapeWorkflow)
        {
            return;
        }

        // The instance runs on the definition version it started with, whatever was edited since.
        var definition = await db.WorkflowDefinitions.AsNoTracking().FirstAsync(d => d.Id == instance.DefinitionId, cancellationToken);
        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        if (instance.Completer(definition.Etape(echeance.EtapeWorkflow!), parId, maintenant) is { } suivante)
        {
            await CommencerAsync(instance, definition.Etape(suivante), maintenant, cancellationToken);
        }
    }

    /// <summary>A step's due date was cancelled: its workflow stops there, no next step opens.</summary>
    public async Task ArreterAsync(Echeance echeance, string motif, CancellationToken cancellationToken)
    {
        if (echeance.WorkflowInstanceId is not { } instanceId)
        {
            return;
        }

        var instance = await db.WorkflowInstances.FirstAsync(i => i.Id == instanceId, cancellationToken);
        if (instance.EtapeCourante == echeance.EtapeWorkflow)
        {
            instance.Arreter(motif, timeProvider.GetUtcNow().UtcDateTime);
        }
    }

    private async Task CommencerAsync(WorkflowInstance instance, EtapeWorkflow etape, DateTime maintenant, CancellationToken cancellationToken)
    {
        // FindAsync sees the projection the calling handler is still building (a dossier opened in this very message).
        var dossier = await db.Dossiers.FindAsync([instance.DossierId], cancellationToken);
        var (responsableId, metier) = etape.Responsable.Type switch
        {
            TypeResponsable.Utilisateur => (etape.Responsable.UtilisateurId, (string?)null),
            TypeResponsable.Referent => (dossier?.ReferentPrincipal, null),
            _ => ((Guid?)null, etape.Responsable.Metier),
        };
        var echeance = Echeance.PourEtape(
            instance.DossierId, instance.Id, etape.Code, instance.Echeance(etape), etape.Action, responsableId, metier, dossier?.ServiceId, maintenant);
        db.Echeances.Add(echeance);
        instance.Commencer(etape, echeance.Id, maintenant);
    }
}
