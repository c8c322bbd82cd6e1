using SocialErp.Modules.Fiches.Features.Shared;

namespace SocialErp.Modules.Fiches.Features.CreerFiche;

/// <summary>
/// A new person (nom, prénom required) or organisation (raisonSociale required). An AVS number already carried
/// by an active fiche is refused unless <c>forcer</c> is true with a <c>motifForcage</c>, which is recorded.
/// </summary>
internal sealed record CreerFicheRequest(
    TypeFicheDto? Type,
    string? Nom,
    string? Prenom,
    string? RaisonSociale,
    DateOnly? DateNaissance,
    string? NumeroAvs,
    string? Email,
    bool? Forcer = null,
    string? MotifForcage = null) : IIdentiteFicheRequest;
