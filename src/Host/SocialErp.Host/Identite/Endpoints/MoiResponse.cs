namespace SocialErp.Host.Identite.Endpoints;

/// <summary>The signed-in user, with the permissions their trade grants.</summary>
internal sealed record MoiResponse(
    Guid Id,
    string Email,
    string Nom,
    string Prenom,
    string Metier,
    Guid? ServiceId,
    Guid? ManagerId,
    IReadOnlyList<string> Permissions);
