namespace SocialErp.Modules.Fiches.Contracts.Queries;

/// <summary>
/// How to reach a fiche for a notification. <c>Type</c>: personne | organisation; <c>Email</c>: the main e-mail
/// address, else the principal (or first) e-mail contact; <c>Mobile</c>: the principal (or first) mobile number (E.164);
/// <c>Preferences</c>: message kind (courrier | rappel | convocation) → channel (email | sms | courrier | aucun), only the
/// kinds the fiche chose; <c>ResponsableId</c>: the fiche's active responsable (relation « responsable »), if any.
/// </summary>
public sealed record ContactsFiche(
    Guid Id,
    string Type,
    string NomAffiche,
    string? Langue,
    string? Email,
    string? Mobile,
    IReadOnlyDictionary<string, string> Preferences,
    Guid? ResponsableId,
    bool Archivee);
