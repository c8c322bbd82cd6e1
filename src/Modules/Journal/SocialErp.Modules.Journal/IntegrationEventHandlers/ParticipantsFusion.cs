using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;

namespace SocialErp.Modules.Journal.IntegrationEventHandlers;

/// <summary>
/// The entries, on any dossier or fiche, that list a merged fiche as participant: re-pointed to the kept fiche on
/// the merge and put back on its undoing (<see cref="ParticipantsRepointes"/>). Like a moved entry, a re-pointed
/// one gets <c>version</c> + 1, so a client holding the old list gets 412 on a correction.
/// </summary>
internal static class ParticipantsFusion
{
    public static async Task RepointerAsync(JournalDbContext db, Guid? fusionId, Guid absorbeeId, Guid conserveeId, CancellationToken cancellationToken)
    {
        var motif = ListeIds.Motif(absorbeeId);
        var entrees = await db.Entrees.AsNoTracking()
            .Where(e => e.Participants.Contains(motif))
            .Select(e => new { e.Id, e.Participants })
            .ToListAsync(cancellationToken);
        foreach (var entree in entrees)
        {
            var apres = ListeIds.Remplacer(entree.Participants, absorbeeId, conserveeId);
            await RemplacerAsync(db, entree.Id, entree.Participants, apres, cancellationToken);
            if (fusionId is { } id)
            {
                db.ParticipantsRepointes.Add(ParticipantsRepointes.ParFusion(id, entree.Id, entree.Participants, apres));
            }
        }
    }

    public static async Task RetablirAsync(JournalDbContext db, Guid fusionId, CancellationToken cancellationToken)
    {
        var repointes = await db.ParticipantsRepointes.AsNoTracking().Where(p => p.FusionId == fusionId).ToListAsync(cancellationToken);
        foreach (var repointe in repointes)
        {
            await RemplacerAsync(db, repointe.EntreeId, repointe.Apres, repointe.Avant, cancellationToken);
        }
    }

    // Only while the entry still has the list expected: a list changed since (by a user's correction) stays as it is.
    private static Task<int> RemplacerAsync(JournalDbContext db, Guid entreeId, string attendus, string participants, CancellationToken cancellationToken) =>
        db.Entrees.Where(e => e.Id == entreeId && e.Participants == attendus)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Participants, participants).SetProperty(e => e.Version, e => e.Version + 1), cancellationToken);
}
