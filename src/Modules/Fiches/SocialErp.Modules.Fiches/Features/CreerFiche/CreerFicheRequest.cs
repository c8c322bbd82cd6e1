using SocialErp.Modules.Fiches.Features.Shared;

namespace SocialErp.Modules.Fiches.Features.CreerFiche;

/// <summary>A new person (nom, prénom required) or organisation (raisonSociale required).</summary>
internal sealed record CreerFicheRequest(
    TypeFicheDto? Type,
    string? Nom,
    string? Prenom,
    string? RaisonSociale,
    DateOnly? DateNaissance,
    string? NumeroAvs,
    string? Email) : IIdentiteFicheRequest;
