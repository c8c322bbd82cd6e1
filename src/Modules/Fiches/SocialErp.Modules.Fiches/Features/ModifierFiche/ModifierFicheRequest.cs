using SocialErp.Modules.Fiches.Features.Shared;

namespace SocialErp.Modules.Fiches.Features.ModifierFiche;

/// <summary>The fiche's identity fields, all of them (PUT replaces). Send the ETag read in If-Match.</summary>
internal sealed record ModifierFicheRequest(
    TypeFicheDto? Type,
    string? Nom,
    string? Prenom,
    string? RaisonSociale,
    DateOnly? DateNaissance,
    string? NumeroAvs,
    string? Email) : IIdentiteFicheRequest;
