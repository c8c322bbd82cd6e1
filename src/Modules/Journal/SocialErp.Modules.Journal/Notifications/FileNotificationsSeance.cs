using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Journal.Notifications;

/// <summary>
/// Queues a session's notification for every person member of its dossier and every member's active responsable (once
/// per person), on the channel each one chose for that kind of message. A message already queued for the same session,
/// kind, person and start (its source key) is not queued again. The caller saves.
/// </summary>
internal sealed class FileNotificationsSeance(JournalDbContext db, IDossiersLecture dossiers, IFichesContacts fiches, TimeProvider timeProvider)
{
    private const string Personne = "personne";

    public async Task<int> MettreEnFileAsync(SeanceSuivie seance, string type, CancellationToken cancellationToken)
    {
        var dossier = await dossiers.TrouverAsync(seance.DossierId, cancellationToken);
        if (dossier is null)
        {
            return 0;
        }

        var membres = (await fiches.TrouverAsync(dossier.Membres.Select(m => m.FicheId).Distinct().ToList(), cancellationToken))
            .Where(f => f.Type == Personne && !f.Archivee)
            .ToList();
        var responsables = (await fiches.TrouverAsync(membres.Select(m => m.ResponsableId).OfType<Guid>().Distinct().ToList(), cancellationToken))
            .Where(f => !f.Archivee)
            .ToDictionary(f => f.Id);
        var destinataires = membres.Select(m => (Fiche: m, Proche: (ContactsFiche?)null))
            .Concat(membres.Where(m => m.ResponsableId is { } r && responsables.ContainsKey(r)).Select(m => (Fiche: responsables[m.ResponsableId!.Value], Proche: (ContactsFiche?)m)))
            .DistinctBy(d => d.Fiche.Id)
            .Select(d => (d.Fiche, d.Proche, Cle: $"seance:{seance.SeanceId}:{type}:{d.Fiche.Id}:{seance.Debut:yyyyMMddHHmm}"))
            .ToList();
        var cles = destinataires.Select(d => d.Cle).ToList();
        var deja = await db.Notifications.Where(n => cles.Contains(n.CleSource)).Select(n => n.CleSource).ToListAsync(cancellationToken);
        var maintenant = timeProvider.Maintenant();
        var zone = timeProvider.LocalTimeZone;
        var nouvelles = 0;
        foreach (var (fiche, proche, cle) in destinataires.Where(d => !deja.Contains(d.Cle) && db.Notifications.Local.All(n => n.CleSource != d.Cle)))
        {
            var canal = ChoixCanal.Choisir(fiche.Preferences.GetValueOrDefault(TypesNotification.TypeMessage(type)), fiche.Email, fiche.Mobile);
            var (sujet, corps) = MessagesSeance.Composer(
                type, canal.Canal, TimeZoneInfo.ConvertTimeFromUtc(seance.Debut, zone), TimeZoneInfo.ConvertTimeFromUtc(seance.Fin, zone),
                dossier.Numero, fiche.NomAffiche, proche?.NomAffiche, fiche.Langue);
            db.Notifications.Add(Notification.Creer(cle, fiche.Id, proche?.Id, seance.DossierId, seance.SeanceId, type, canal, sujet, corps, maintenant));
            nouvelles++;
        }

        return nouvelles;
    }
}
