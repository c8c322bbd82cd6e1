using SocialErp.SharedKernel.Domain;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Journal.Domain;

/// <summary>
/// A message to a person (e-mail or SMS), queued in the Journal's notification outbox and sent by the background
/// sender. <see cref="CleSource"/> names what asked for it (<c>seance:{id}:convocation:{ficheId}:{début}</c>): unique,
/// so an event delivered twice never queues — nor sends — the same message twice.
/// </summary>
internal sealed class Notification : AggregateRoot
{
    private Notification(Guid id)
        : base(id)
    {
    }

    public Guid FicheId { get; private set; }

    /// <summary>The proche the message is about when it goes to that person's responsable.</summary>
    public Guid? ConcerneFicheId { get; private set; }

    public Guid? DossierId { get; private set; }

    public Guid? SeanceId { get; private set; }

    /// <summary>One of <see cref="TypesNotification"/>.</summary>
    public string Type { get; private set; } = "";

    /// <summary>email | sms; null when nothing could be sent (<see cref="EtatNotification.SansCanal"/>).</summary>
    public string? Canal { get; private set; }

    public string? Adresse { get; private set; }

    public string Sujet { get; private set; } = "";

    public string Corps { get; private set; } = "";

    public EtatNotification Etat { get; private set; }

    public int Tentatives { get; private set; }

    /// <summary>Why the last attempt failed, or why nothing is sent (no channel).</summary>
    public string? DerniereErreur { get; private set; }

    /// <summary>Not sent again before this instant (back-off after a failure).</summary>
    public DateTime? ProchaineTentative { get; private set; }

    public DateTime CreeeLe { get; private set; }

    public DateTime? EnvoyeeLe { get; private set; }

    public string CleSource { get; private set; } = "";

    public static Notification Creer(
        string cleSource, Guid ficheId, Guid? concerneFicheId, Guid? dossierId, Guid? seanceId, string type, ChoixCanal canal, string sujet, string corps,
        DateTime maintenant) =>
        new(Guid.CreateVersion7())
        {
            CleSource = cleSource,
            FicheId = ficheId,
            ConcerneFicheId = concerneFicheId,
            DossierId = dossierId,
            SeanceId = seanceId,
            Type = type,
            Canal = canal.Canal,
            Adresse = canal.Adresse,
            Sujet = sujet,
            Corps = corps,
            Etat = canal.Canal is null ? EtatNotification.SansCanal : EtatNotification.AEnvoyer,
            DerniereErreur = canal.Raison,
            CreeeLe = maintenant,
        };

    public void Envoyee(DateTime maintenant)
    {
        Tentatives++;
        Etat = EtatNotification.Envoyee;
        EnvoyeeLe = maintenant;
        ProchaineTentative = null;
        DerniereErreur = null;
    }

    /// <summary>A failed attempt: tried again after <paramref name="delai"/> (doubled each time), or « echec » once <paramref name="maxTentatives"/> failed.</summary>
    public void Echouee(string erreur, int maxTentatives, TimeSpan delai, DateTime maintenant)
    {
        Tentatives++;
        DerniereErreur = erreur.Length > 1000 ? erreur[..1000] : erreur;
        if (Tentatives >= maxTentatives)
        {
            Etat = EtatNotification.Echec;
            ProchaineTentative = null;
            return;
        }

        ProchaineTentative = maintenant + (delai * Math.Pow(2, Tentatives - 1));
    }

    /// <summary>A user requeues a failed notification: a new series of attempts starts now.</summary>
    public Result Renvoyer()
    {
        if (Etat != EtatNotification.Echec)
        {
            return NotificationErrors.RenvoiImpossible;
        }

        Etat = EtatNotification.AEnvoyer;
        Tentatives = 0;
        ProchaineTentative = null;
        return Result.Success();
    }
}
