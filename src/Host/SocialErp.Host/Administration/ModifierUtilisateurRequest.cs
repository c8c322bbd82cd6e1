namespace SocialErp.Host.Administration;

/// <summary>Trade, service, manager and state of a user (takes effect at their next sign-in).</summary>
internal sealed record ModifierUtilisateurRequest(
    string? Nom, string? Prenom, string? Metier, Guid? ServiceId, Guid? ManagerId, bool? Actif);
