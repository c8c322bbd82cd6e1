using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Ged.Contracts.Cibles;
using SocialErp.Modules.Ged.Domain;
using SocialErp.Modules.Ged.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Ged.IntegrationEventHandlers;

/// <summary>
/// Undoes what <see cref="FichesFusionneesHandler"/> did for the merge, for the documents still on the kept fiche: a
/// moved link goes back to the absorbed fiche, a dropped one is restored (the document is on both fiches again).
/// Documents linked to the kept fiche since, and those taken off it since, are left as they are. The record is then
/// forgotten, so a redelivery finds nothing to do. Runs in the inbox's transaction.
/// </summary>
internal sealed class FichesDefusionneesHandler(GedDbContext db) : IIntegrationEventHandler<FichesDefusionneesIntegrationEvent>
{
    public async Task HandleAsync(FichesDefusionneesIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var absorbee = integrationEvent.AbsorbeeId;
        var conservee = integrationEvent.ConserveeId;
        var repointees = await db.CiblesRepointees.Where(r => r.FusionId == integrationEvent.FusionId).ToListAsync(cancellationToken);
        if (repointees.Count == 0)
        {
            return;
        }

        var ids = repointees.Select(r => r.DocumentId).ToList();
        var liens = await db.Cibles
            .Where(c => c.CibleType == TypesCible.Fiche && (c.CibleId == conservee || c.CibleId == absorbee) && ids.Contains(c.DocumentId))
            .Select(c => new { c.DocumentId, c.CibleId })
            .ToListAsync(cancellationToken);
        var surConservee = liens.Where(l => l.CibleId == conservee).Select(l => l.DocumentId).ToHashSet();
        var surAbsorbee = liens.Where(l => l.CibleId == absorbee).Select(l => l.DocumentId).ToHashSet();
        var aRetablir = repointees.Where(r => surConservee.Contains(r.DocumentId) && !surAbsorbee.Contains(r.DocumentId)).ToList();

        var deplacees = aRetablir.Where(r => !r.Retiree).Select(r => r.DocumentId).ToList();
        await db.Cibles
            .Where(c => c.CibleType == TypesCible.Fiche && c.CibleId == conservee && deplacees.Contains(c.DocumentId))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CibleId, absorbee), cancellationToken);
        db.Cibles.AddRange(aRetablir.Where(r => r.Retiree).Select(r => new DocumentCible(r.DocumentId, TypesCible.Fiche, absorbee)));
        var documents = aRetablir.Select(r => r.DocumentId).ToList();
        await db.Documents.Where(d => documents.Contains(d.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Version, d => d.Version + 1), cancellationToken);
        db.CiblesRepointees.RemoveRange(repointees);
        await db.SaveChangesAsync(cancellationToken);
    }
}
