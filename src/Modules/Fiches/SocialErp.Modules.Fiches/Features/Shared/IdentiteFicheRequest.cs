using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>
/// Identity fields of a fiche as sent on create and replace. A person needs nom and prénom; an organisation
/// its raison sociale (or nom).
/// </summary>
internal interface IIdentiteFicheRequest
{
    TypeFicheDto? Type { get; }

    string? Nom { get; }

    string? Prenom { get; }

    string? RaisonSociale { get; }

    DateOnly? DateNaissance { get; }

    string? NumeroAvs { get; }

    string? Email { get; }
}

internal static class IdentiteFicheRequestExtensions
{
    public static IdentiteFiche ToIdentite(this IIdentiteFicheRequest request)
    {
        var type = request.Type == TypeFicheDto.Organisation ? TypeFiche.Organisation : TypeFiche.Personne;
        var nom = type == TypeFiche.Organisation ? request.RaisonSociale ?? request.Nom : request.Nom;
        var avs = string.IsNullOrWhiteSpace(request.NumeroAvs) ? null : NumeroAvs.Normaliser(request.NumeroAvs);
        return new IdentiteFiche(type, nom!, request.Prenom, request.DateNaissance, avs, request.Email);
    }
}
