using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Persistence;

namespace SocialErp.Modules.Dossiers.IntegrationEventHandlers;

/// <summary>
/// Finds Dossiers' memory of a merge, or starts it: the merge and un-merge handlers each write their part of it, in
/// whichever order they run.
/// </summary>
internal static class MemoireFusions
{
    public static async Task<FusionFiches> ObtenirAsync(
        DossiersDbContext db, Guid fusionId, Guid conserveeId, Guid absorbeeId, DateTime maintenant, CancellationToken cancellationToken)
    {
        var fusion = await db.FusionsFiches.FirstOrDefaultAsync(f => f.Id == fusionId, cancellationToken);
        if (fusion is null)
        {
            fusion = FusionFiches.Recevoir(fusionId, conserveeId, absorbeeId, maintenant);
            db.FusionsFiches.Add(fusion);
        }

        return fusion;
    }
}
