namespace SocialErp.Modules.Fiches.Domain;

/// <summary>What duplicate detection compares: an existing fiche's data or an identity not saved yet.</summary>
internal sealed record IdentiteDoublon(string Nom, string? Prenom, DateOnly? DateNaissance, string? NumeroAvs, string? Email)
{
    public static IdentiteDoublon De(Fiche fiche) => new(fiche.Nom, fiche.Prenom, fiche.DateNaissance, fiche.NumeroAvs, fiche.Email);
}
