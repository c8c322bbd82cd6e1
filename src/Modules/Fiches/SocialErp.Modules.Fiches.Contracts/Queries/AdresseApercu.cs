namespace SocialErp.Modules.Fiches.Contracts.Queries;

/// <summary>A postal address as other modules read it (<c>Pays</c>: ISO 3166-1 alpha-2).</summary>
public sealed record AdresseApercu(
    string? Rue,
    string? Numero,
    string? Complement,
    string? CasePostale,
    string Npa,
    string Localite,
    string Pays);
