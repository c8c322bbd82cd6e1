using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>
/// Fields of a fiche as sent on create and replace. A person needs nom and prénom; an organisation its
/// raison sociale (or nom). Person-only fields are ignored on an organisation and vice versa.
/// </summary>
internal interface IIdentiteFicheRequest
{
    TypeFicheDto? Type { get; }

    string? Nom { get; }

    string? Prenom { get; }

    string? RaisonSociale { get; }

    string? AutresNoms { get; }

    DateOnly? DateNaissance { get; }

    Sexe? Sexe { get; }

    EtatCivil? EtatCivil { get; }

    string? Nationalite { get; }

    string? Langue { get; }

    string? NumeroAvs { get; }

    string? PermisSejour { get; }

    int? CommuneResidence { get; }

    string? NumeroIde { get; }

    string? FormeJuridique { get; }

    string? Email { get; }

    IReadOnlyList<string>? Categories { get; }

    IReadOnlyList<ContactRequest>? Contacts { get; }

    IReadOnlyList<PreferenceNotificationRequest>? PreferencesNotification { get; }
}
