using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.IntegrationEventHandlers;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Journal.Notifications;

/// <summary>
/// Sends the notifications waiting (« a-envoyer », back-off delay passed), oldest first, by batches; each one is tried at
/// most once per run and saved right after its attempt. A sent notification leaves an automatic « courrier-sortant »
/// entry in its dossier's journal. Delivery is at least once: a crash between the hand-over and the save sends it again.
/// </summary>
internal sealed class EnvoiNotifications(
    JournalDbContext db,
    IEnvoiEmail email,
    IEnvoiSms sms,
    EntreesAutomatiques entrees,
    IOptions<NotificationsOptions> options,
    TimeProvider timeProvider,
    ILogger<EnvoiNotifications> logger)
{
    public async Task<(int Envoyees, int Echouees)> EnvoyerAsync(CancellationToken cancellationToken)
    {
        var reglages = options.Value;
        var traitees = new List<Guid>();
        var (envoyees, echouees) = (0, 0);
        while (true)
        {
            var maintenant = timeProvider.Maintenant();
            var lot = await db.Notifications
                .Where(n => n.Etat == EtatNotification.AEnvoyer && (n.ProchaineTentative == null || n.ProchaineTentative <= maintenant) && !traitees.Contains(n.Id))
                .OrderBy(n => n.CreeeLe).ThenBy(n => n.Id)
                .Take(reglages.TailleLot)
                .ToListAsync(cancellationToken);
            foreach (var notification in lot)
            {
                traitees.Add(notification.Id);
                try
                {
                    await TransmettreAsync(notification, cancellationToken);
                    notification.Envoyee(timeProvider.Maintenant());
                    await TracerAsync(notification, cancellationToken);
                    envoyees++;
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    logger.LogWarning(e, "Notification {Id} not sent (attempt {Attempt})", notification.Id, notification.Tentatives + 1);
                    notification.Echouee(e.Message, reglages.MaxTentatives, reglages.DelaiTentative, timeProvider.Maintenant());
                    echouees++;
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
            if (lot.Count < reglages.TailleLot)
            {
                return (envoyees, echouees);
            }
        }
    }

    private Task TransmettreAsync(Notification notification, CancellationToken cancellationToken) => notification.Canal switch
    {
        CanauxNotification.Email => email.EnvoyerAsync(notification.Adresse!, notification.Sujet, notification.Corps, cancellationToken),
        CanauxNotification.Sms => sms.EnvoyerAsync(notification.Adresse!, notification.Corps, cancellationToken),
        _ => throw new InvalidOperationException($"Canal de notification inconnu : {notification.Canal}."),
    };

    private async Task TracerAsync(Notification notification, CancellationToken cancellationToken)
    {
        if (notification.DossierId is not { } dossierId)
        {
            return;
        }

        var canal = notification.Canal == CanauxNotification.Sms ? "SMS" : "e-mail";
        await entrees.AjouterAsync(
            CiblesJournal.Dossier, dossierId, TypesEntree.CourrierSortant, notification.EnvoyeeLe!.Value,
            $"Notification « {notification.Sujet} » envoyée par {canal} à {notification.Adresse}.", notification.Id, cancellationToken,
            participants: [notification.FicheId]);
    }
}
