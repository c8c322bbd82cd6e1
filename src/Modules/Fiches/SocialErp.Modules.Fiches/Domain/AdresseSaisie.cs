namespace SocialErp.Modules.Fiches.Domain;

/// <summary>An address as a user enters it, already validated.</summary>
internal sealed record AdresseSaisie(
    TypeAdresse Type,
    string? Rue,
    string? Numero,
    string? Complement,
    string? CasePostale,
    string Npa,
    string Localite,
    string Pays,
    int? CommuneBfs,
    DateOnly ValideDu,
    DateOnly? ValideAu);
