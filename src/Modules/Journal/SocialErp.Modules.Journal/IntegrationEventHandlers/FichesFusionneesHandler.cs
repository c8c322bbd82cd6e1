using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Journal.IntegrationEventHandlers;

/// <summary>
/// Moves the absorbed fiche's journal onto the kept fiche, makes every entry listing the absorbed fiche as participant
/// list the kept one (<see cref="ParticipantsFusion"/>) and notes the merge there. The entries moved and re-pointed
/// are remembered under the merge's id (when the event carries one) for <see cref="FichesDefusionneesHandler"/>. The inbox
/// runs it in one transaction; the entry's source message id makes a redelivery a no-op.
/// </summary>
internal sealed class FichesFusionneesHandler(JournalDbContext db) : IIntegrationEventHandler<FichesFusionneesIntegrationEvent>
{
    public async Task HandleAsync(FichesFusionneesIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.Entrees.AnyAsync(e => e.SourceMessageId == integrationEvent.EventId, cancellationToken))
        {
            return;
        }

        // An event noted on both fiches (a document on both, an earlier un-merge) already has its entry on the kept
        // fiche: the absorbed fiche's copy stays where it is, as one entry per event and target is all the index allows.
        var conservee = integrationEvent.ConserveeId;
        var deplacees = db.Entrees.Where(e => e.CibleType == CiblesJournal.Fiche && e.CibleId == integrationEvent.AbsorbeeId
            && (e.SourceMessageId == null
                || !db.Entrees.Any(k => k.CibleType == CiblesJournal.Fiche && k.CibleId == conservee && k.SourceMessageId == e.SourceMessageId)));
        if (integrationEvent.FusionId is { } fusionId)
        {
            var ids = await deplacees.Select(e => e.Id).ToListAsync(cancellationToken);
            db.EntreesDeplacees.AddRange(ids.Select(id => EntreeDeplacee.ParFusion(fusionId, id)));
        }

        await deplacees.ExecuteUpdateAsync(
            s => s.SetProperty(e => e.CibleId, conservee).SetProperty(e => e.Version, e => e.Version + 1),
            cancellationToken);
        await ParticipantsFusion.RepointerAsync(db, integrationEvent.FusionId, integrationEvent.AbsorbeeId, conservee, cancellationToken);
        var champs = integrationEvent.ChampsRepris.Count == 0 ? "aucun" : string.Join(", ", integrationEvent.ChampsRepris);
        db.Entrees.Add(EntreeJournal.Automatiquement(
            CiblesJournal.Fiche,
            conservee,
            TypesEntree.Fusion,
            integrationEvent.OccurredAt,
            $"Fiches fusionnées : la fiche {integrationEvent.AbsorbeeId} a été absorbée (champs repris : {champs}).",
            integrationEvent.EventId));
        await db.SaveChangesAsync(cancellationToken);
    }
}
