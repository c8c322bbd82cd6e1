using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>A fiche as clients read it. <c>numeroAvs</c> is formatted 756.XXXX.XXXX.XC.</summary>
internal sealed partial record FicheResponse(
    Guid Id,
    TypeFicheDto Type,
    string Nom,
    string? Prenom,
    DateOnly? DateNaissance,
    string? NumeroAvs,
    string? Email,
    Guid? ServiceId,
    bool Archivee,
    DateTime CreeLe,
    long Version)
{
    public static FicheResponse From(Fiche fiche) => new(
        fiche.Id,
        (TypeFicheDto)fiche.Type,
        fiche.Nom,
        fiche.Prenom,
        fiche.DateNaissance,
        fiche.NumeroAvs is null ? null : Domain.NumeroAvs.Formater(fiche.NumeroAvs),
        fiche.Email,
        fiche.ServiceId,
        fiche.Archivee,
        fiche.CreeLe,
        fiche.Version);
}
