namespace SocialErp.Modules.Fiches.Domain;

/// <summary>The identity data a user enters for a fiche, already validated and normalised.</summary>
internal sealed record IdentiteFiche(
    TypeFiche Type,
    string Nom,
    string? Prenom,
    DateOnly? DateNaissance,
    string? NumeroAvs,
    string? Email);
