using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Fiches.Features.Fusions;

/// <summary>A merge is visible to whoever sees its kept fiche: it is part of that fiche's history.</summary>
internal static class FusionsVisibles
{
    public static async Task<FusionFiches?> TrouverAsync(FichesDbContext db, Guid fusionId, LecteurFiches user, CancellationToken cancellationToken)
    {
        var fusion = await db.Fusions.FirstOrDefaultAsync(f => f.Id == fusionId, cancellationToken);
        return fusion is not null && await db.Fiches.VisiblesPar(user).AnyAsync(f => f.Id == fusion.ConserveeId, cancellationToken)
            ? fusion
            : null;
    }
}
