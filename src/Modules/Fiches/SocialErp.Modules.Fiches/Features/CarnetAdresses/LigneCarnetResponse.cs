using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;

namespace SocialErp.Modules.Fiches.Features.CarnetAdresses;

/// <summary>
/// A fiche in the address book: who, the address to write to on the day, the first e-mail, phone and mobile
/// (principal ones first), and the language to write in.
/// </summary>
internal sealed record LigneCarnetResponse(
    Guid Id,
    TypeFicheDto Type,
    string Nom,
    string? Prenom,
    IReadOnlyList<string> Categories,
    AdresseResponse? Adresse,
    string? Email,
    string? Telephone,
    string? Mobile,
    string? Langue)
{
    /// <summary>The fiche with its categories, contacts and addresses loaded.</summary>
    public static LigneCarnetResponse From(Fiche fiche, DateOnly date) => new(
        fiche.Id,
        (TypeFicheDto)fiche.Type,
        fiche.Nom,
        fiche.Prenom,
        fiche.Categories.Select(c => c.Categorie).Order(StringComparer.Ordinal).ToList(),
        AdresseDuCourrier(fiche, date) is { } adresse ? AdresseResponse.From(adresse) : null,
        fiche.Email ?? Premier(fiche, TypeContact.Email),
        Premier(fiche, TypeContact.Telephone),
        Premier(fiche, TypeContact.Mobile),
        fiche.Langue);

    /// <summary>
    /// The postal address first (it is where mail is meant to go), then home for a person or the business address
    /// for an organisation; the most recent of a type.
    /// </summary>
    private static Adresse? AdresseDuCourrier(Fiche fiche, DateOnly date)
    {
        TypeAdresse[] ordre = fiche.Type == TypeFiche.Organisation
            ? [TypeAdresse.Postale, TypeAdresse.Professionnelle, TypeAdresse.Domicile]
            : [TypeAdresse.Postale, TypeAdresse.Domicile, TypeAdresse.Professionnelle];
        return fiche.Adresses
            .Where(a => a.EstValideLe(date))
            .OrderBy(a => Array.IndexOf(ordre, a.Type))
            .ThenByDescending(a => a.ValideDu)
            .FirstOrDefault();
    }

    private static string? Premier(Fiche fiche, TypeContact type) =>
        fiche.Contacts.Where(c => c.Type == type).OrderByDescending(c => c.Principal).ThenBy(c => c.Id).Select(c => c.Valeur).FirstOrDefault();
}
