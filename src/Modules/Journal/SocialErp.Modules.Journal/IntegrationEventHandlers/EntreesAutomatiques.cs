using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;

namespace SocialErp.Modules.Journal.IntegrationEventHandlers;

/// <summary>
/// Writes the entries other modules' events produce. An event adds at most one entry per target: a redelivered
/// event finds its entry (same source message and target) and adds nothing. The handler saves.
/// </summary>
internal sealed class EntreesAutomatiques(JournalDbContext db)
{
    public async Task<EntreeJournal?> AjouterAsync(
        string cibleType, Guid cibleId, string type, DateTime date, string texte, Guid sourceMessageId, CancellationToken cancellationToken,
        IReadOnlyList<Guid>? participants = null, IReadOnlyList<Guid>? documents = null)
    {
        if (await db.Entrees.AnyAsync(e => e.SourceMessageId == sourceMessageId && e.CibleId == cibleId, cancellationToken))
        {
            return null;
        }

        var entree = EntreeJournal.Automatiquement(cibleType, cibleId, type, date, texte, sourceMessageId);
        entree.Lier(participants ?? [], documents ?? []);
        db.Entrees.Add(entree);
        return entree;
    }

    /// <summary>The Journal's copy of a dossier, created on first sight (events of one dossier arrive in order).</summary>
    public async Task<DossierSuivi> DossierAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.FirstOrDefaultAsync(d => d.DossierId == dossierId, cancellationToken)
            ?? db.Dossiers.Local.FirstOrDefault(d => d.DossierId == dossierId);
        if (dossier is null)
        {
            dossier = DossierSuivi.Nouveau(dossierId);
            db.Dossiers.Add(dossier);
        }

        return dossier;
    }

    public static DateTime Jour(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
