using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;

namespace SocialErp.Modules.Fiches.Features.CreerFiche;

/// <summary>
/// A new person (nom, prénom required) or organisation (raisonSociale required), with its first addresses. An AVS
/// number already carried by an active fiche is refused unless <c>forcer</c> is true with a <c>motifForcage</c>,
/// which is recorded.
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
    string? MotifForcage = null) : IIdentiteFicheRequest
{
    public string? AutresNoms { get; init; }

    public Sexe? Sexe { get; init; }

    public EtatCivil? EtatCivil { get; init; }

    public string? Nationalite { get; init; }

    public string? Langue { get; init; }

    public string? PermisSejour { get; init; }

    public int? CommuneResidence { get; init; }

    public string? NumeroIde { get; init; }

    public string? FormeJuridique { get; init; }

    public IReadOnlyList<string>? Categories { get; init; }

    public IReadOnlyList<ContactRequest>? Contacts { get; init; }

    public IReadOnlyList<PreferenceNotificationRequest>? PreferencesNotification { get; init; }

    public IReadOnlyList<AdresseRequest>? Adresses { get; init; }
}
