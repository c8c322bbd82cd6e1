using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>
/// An address valid from <c>valideDu</c> (default: today). <c>pays</c> is ISO 3166-1 alpha-2 (default CH);
/// a Swiss <c>npa</c> has 4 digits; <c>communeBfs</c> is the commune's BFS number.
/// </summary>
internal sealed record AdresseRequest(
    TypeAdresse? Type,
    string? Rue,
    string? Numero,
    string? Complement,
    string? CasePostale,
    string? Npa,
    string? Localite,
    string? Pays,
    int? CommuneBfs,
    DateOnly? ValideDu,
    DateOnly? ValideAu)
{
    public AdresseSaisie ToSaisie(DateOnly aujourdhui) => new(
        Type!.Value,
        Nettoyer(Rue),
        Nettoyer(Numero),
        Nettoyer(Complement),
        Nettoyer(CasePostale),
        Npa!.Trim(),
        Localite!.Trim(),
        (Nettoyer(Pays) ?? "CH").ToUpperInvariant(),
        CommuneBfs,
        ValideDu ?? aujourdhui,
        ValideAu);

    private static string? Nettoyer(string? texte) => string.IsNullOrWhiteSpace(texte) ? null : texte.Trim();
}
