using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Features.Notifications;

/// <summary>
/// A notification: <c>type</c> = convocation | rappel | report | annulation; <c>canal</c> = email | sms (null when
/// nothing could be sent); <c>etat</c> = a-envoyer | envoyee | echec | sans-canal; <c>concerneFicheId</c>: the proche
/// a responsable is notified about; <c>derniereErreur</c>: why the last attempt failed or why there is no channel.
/// </summary>
internal sealed record NotificationResponse(
    Guid Id,
    Guid FicheId,
    Guid? ConcerneFicheId,
    Guid? DossierId,
    Guid? SeanceId,
    string Type,
    string? Canal,
    string? Adresse,
    string Sujet,
    string Corps,
    string Etat,
    int Tentatives,
    string? DerniereErreur,
    DateTime? ProchaineTentative,
    DateTime CreeeLe,
    DateTime? EnvoyeeLe,
    string CleSource,
    long Version)
{
    public static NotificationResponse From(Notification n) => new(
        n.Id, n.FicheId, n.ConcerneFicheId, n.DossierId, n.SeanceId, n.Type, n.Canal, n.Adresse, n.Sujet, n.Corps,
        EtatsNotification.Code(n.Etat), n.Tentatives, n.DerniereErreur, n.ProchaineTentative, n.CreeeLe, n.EnvoyeeLe, n.CleSource, n.Version);
}
