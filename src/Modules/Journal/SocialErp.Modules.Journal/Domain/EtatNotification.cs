namespace SocialErp.Modules.Journal.Domain;

internal enum EtatNotification
{
    /// <summary>Waiting for the sender (new, or failed and due for another attempt).</summary>
    AEnvoyer,
    Envoyee,

    /// <summary>Every attempt failed; a user may requeue it (renvoi).</summary>
    Echec,

    /// <summary>Nothing sent: the person chose no channel, post only, or has no address for the channel.</summary>
    SansCanal,
}
