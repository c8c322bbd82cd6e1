namespace SocialErp.Modules.Journal.Notifications;

/// <summary>Sends one e-mail; throws when it could not be handed over (the sender retries).</summary>
internal interface IEnvoiEmail
{
    Task EnvoyerAsync(string destinataire, string sujet, string corps, CancellationToken cancellationToken);
}
