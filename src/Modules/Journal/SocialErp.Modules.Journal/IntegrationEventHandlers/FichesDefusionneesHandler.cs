using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Journal.IntegrationEventHandlers;

/// <summary>
/// Undoes what <see cref="FichesFusionneesHandler"/> did for the merge: the entries it moved (<see cref="EntreeDeplacee"/>)
/// and still on the kept fiche go back to the absorbed one; entries written on the kept fiche since stay; the
/// participants it re-pointed are put back where unchanged since (<see cref="ParticipantsFusion"/>). Both fiches
/// get a "défusion" entry. The inbox runs it in one transaction; those entries' source message id makes a redelivery
/// a no-op.
/// </summary>
internal sealed class FichesDefusionneesHandler(JournalDbContext db) : IIntegrationEventHandler<FichesDefusionneesIntegrationEvent>
{
    public async Task HandleAsync(FichesDefusionneesIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.Entrees.AnyAsync(e => e.SourceMessageId == integrationEvent.EventId, cancellationToken))
        {
            return;
        }

        var deplacees = db.EntreesDeplacees.Where(d => d.FusionId == integrationEvent.FusionId).Select(d => d.EntreeId);
        await db.Entrees
            .Where(e => e.CibleType == CiblesJournal.Fiche && e.CibleId == integrationEvent.ConserveeId && deplacees.Contains(e.Id))
            .ExecuteUpdateAsync(
                s => s.SetProperty(e => e.CibleId, integrationEvent.AbsorbeeId).SetProperty(e => e.Version, e => e.Version + 1),
                cancellationToken);
        await ParticipantsFusion.RetablirAsync(db, integrationEvent.FusionId, cancellationToken);
        var champs = integrationEvent.ChampsRestaures.Count == 0 ? "aucun" : string.Join(", ", integrationEvent.ChampsRestaures);
        Noter(
            integrationEvent.ConserveeId,
            $"Fusion annulée : la fiche {integrationEvent.AbsorbeeId} est de nouveau distincte et reprend ses entrées (champs rétablis : {champs}).",
            integrationEvent);
        Noter(
            integrationEvent.AbsorbeeId,
            $"Fusion annulée : la fiche n'est plus fusionnée dans la fiche {integrationEvent.ConserveeId} et retrouve ses entrées.",
            integrationEvent);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Noter(Guid ficheId, string texte, FichesDefusionneesIntegrationEvent integrationEvent) =>
        db.Entrees.Add(EntreeJournal.Automatiquement(
            CiblesJournal.Fiche, ficheId, TypesEntree.Defusion, integrationEvent.OccurredAt, texte, integrationEvent.EventId));
}
