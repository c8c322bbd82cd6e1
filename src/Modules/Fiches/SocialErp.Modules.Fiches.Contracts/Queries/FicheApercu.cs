namespace SocialErp.Modules.Fiches.Contracts.Queries;

/// <summary>
/// What other modules may read of a fiche. <c>Type</c>: personne | organisation; <c>Nom</c> is the organisation's
/// raison sociale; <c>Sexe</c>: masculin | feminin | autre; <c>Adresse</c>: the postal address valid at the date asked,
/// else the home address.
/// </summary>
public sealed record FicheApercu(
    Guid Id,
    string Type,
    string Nom,
    string? Prenom,
    DateOnly? DateNaissance,
    string? Sexe,
    string? NumeroAvs,
    string? Email,
    string? Langue,
    AdresseApercu? Adresse);
