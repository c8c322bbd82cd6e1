namespace SocialErp.Host.Administration;

/// <summary>A new user: <c>metier</c> is one of administrateur, direction, assistant-social, gestionnaire, comptable, administratif.</summary>
internal sealed record CreerUtilisateurRequest(
    string? Email, string? Password, string? Nom, string? Prenom, string? Metier, Guid? ServiceId, Guid? ManagerId);
