using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialErp.Modules.Ged.Persistence;
using SocialErp.Modules.Ged.Stockage;

namespace SocialErp.Modules.Ged.Retention;

/// <summary>
/// The retention purge: deleted documents whose retention has passed lose their content and searchable text (the
/// record stays, marked purged); a content is removed from the store once no kept document nor template uses it.
/// It also sweeps what crashes leave: contents no row references and stale temporary files, both only past a grace
/// period so an upload in progress is never touched. Documents of archived dossiers are not deleted, so never purged.
/// </summary>
internal sealed class PurgeDocuments(GedDbContext db, IStockageContenus stockage, TimeProvider timeProvider, IOptions<GedOptions> options)
{
    public async Task<ResultatPurge> PurgerAsync(CancellationToken cancellationToken)
    {
        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        var echus = await db.Documents
            .Include(d => d.Versions)
            .Where(d => d.SupprimeLe != null && d.PurgeLe == null && d.ConserveJusquAu <= maintenant)
            .ToListAsync(cancellationToken);
        foreach (var document in echus)
        {
            document.MarquerPurge(maintenant);
        }

        var purges = echus.Select(d => d.Id).ToList();
        await db.Textes.Where(t => purges.Contains(t.DocumentId)).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var contenus = 0;
        foreach (var sha256 in echus.SelectMany(d => d.Versions).Select(v => v.Sha256).Distinct())
        {
            if (!await EstUtiliseAsync(sha256, cancellationToken))
            {
                await stockage.SupprimerAsync(sha256, cancellationToken);
                contenus++;
            }
        }

        var limite = maintenant - options.Value.DelaiGraceOrphelins;
        var orphelins = 0;
        await foreach (var sha256 in stockage.ListerAsync(limite, cancellationToken))
        {
            if (!await EstUtiliseAsync(sha256, cancellationToken))
            {
                await stockage.SupprimerAsync(sha256, cancellationToken);
                orphelins++;
            }
        }

        var temporaires = await stockage.NettoyerTemporairesAsync(limite, cancellationToken);
        return new ResultatPurge(echus.Count, contenus, orphelins, temporaires);
    }

    /// <summary>Still needed: a version of a document not purged, or a template.</summary>
    private async Task<bool> EstUtiliseAsync(string sha256, CancellationToken cancellationToken) =>
        await db.Versions.AnyAsync(v => v.Sha256 == sha256 && db.Documents.Any(d => d.Id == v.DocumentId && d.PurgeLe == null), cancellationToken)
        || await db.Modeles.AnyAsync(m => m.Sha256 == sha256, cancellationToken);
}
