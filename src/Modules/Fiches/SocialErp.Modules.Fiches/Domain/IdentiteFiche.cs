namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// The data a user enters for a fiche: its type, its scalar values (<see cref="ValeursIdentite"/>), categories,
/// contacts and preferences, validated and normalised.
/// </summary>
internal sealed record IdentiteFiche(
    TypeFiche Type,
    string Nom,
    string? Prenom,
    DateOnly? DateNaissance,
    string? NumeroAvs,
    string? Email) : ValeursIdentite(Nom, Prenom, DateNaissance, NumeroAvs, Email)
{
    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<FicheContact> Contacts { get; init; } = [];

    public IReadOnlyDictionary<TypeMessage, CanalNotification> Preferences { get; init; } =
        new Dictionary<TypeMessage, CanalNotification>();
}
