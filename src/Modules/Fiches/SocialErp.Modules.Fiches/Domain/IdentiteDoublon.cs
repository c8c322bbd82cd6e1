namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// What duplicate detection compares: an existing fiche's data or an identity not saved yet. Phones are the
/// international digits, as the search keys hold them.
/// </summary>
internal sealed record IdentiteDoublon(string Nom, string? Prenom, DateOnly? DateNaissance, string? NumeroAvs, string? Email)
{
    public IReadOnlyList<string> Telephones { get; init; } = [];

    public static IdentiteDoublon De(Fiche fiche) => new(fiche.Nom, fiche.Prenom, fiche.DateNaissance, fiche.NumeroAvs, fiche.Email)
    {
        Telephones = fiche.Contacts.Where(c => c.Type != TypeContact.Email).Select(c => c.Valeur.TrimStart('+')).Distinct().ToList(),
    };
}
