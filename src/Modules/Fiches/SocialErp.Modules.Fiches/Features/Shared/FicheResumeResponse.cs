using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>A fiche in a result list: identity, categories and state; details with <c>GET /api/fiches/{id}</c>.</summary>
internal sealed record FicheResumeResponse(
    Guid Id,
    TypeFicheDto Type,
    string Nom,
    string? Prenom,
    string? RaisonSociale,
    DateOnly? DateNaissance,
    string? NumeroAvs,
    string? Email,
    int? CommuneResidence,
    IReadOnlyList<string> Categories,
    Guid? ServiceId,
    bool Archivee,
    DateTime CreeLe,
    long Version)
{
    /// <summary>The fiche with its categories loaded.</summary>
    public static FicheResumeResponse From(Fiche fiche) => new(
        fiche.Id,
        (TypeFicheDto)fiche.Type,
        fiche.Nom,
        fiche.Prenom,
        fiche.Type == TypeFiche.Organisation ? fiche.Nom : null,
        fiche.DateNaissance,
        fiche.NumeroAvs is null ? null : Domain.NumeroAvs.Formater(fiche.NumeroAvs),
        fiche.Email,
        fiche.CommuneResidence,
        fiche.Categories.Select(c => c.Categorie).Order(StringComparer.Ordinal).ToList(),
        fiche.ServiceId,
        fiche.Archivee,
        fiche.CreeLe,
        fiche.Version);
}
