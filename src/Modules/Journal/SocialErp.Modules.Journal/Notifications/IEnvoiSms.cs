namespace SocialErp.Modules.Journal.Notifications;

/// <summary>Sends one SMS; throws when it could not be handed over (the sender retries).</summary>
internal interface IEnvoiSms
{
    Task EnvoyerAsync(string numero, string texte, CancellationToken cancellationToken);
}
