using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;

namespace SocialErp.Modules.Fiches.Features.ModifierFiche;

/// <summary>
/// The fiche's fields, all of them (PUT replaces: an absent list empties it). Addresses keep their history
/// and change through <c>POST /api/fiches/{id}/adresses</c>. Send the ETag read in If-Match.
/// </summary>
internal sealed record ModifierFicheRequest(
    TypeFicheDto? Type,
    string? Nom,
    string? Prenom,
    string? RaisonSociale,
    DateOnly? DateNaissance,
    string? NumeroAvs,
    string? Email) : IIdentiteFicheRequest
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

    /// <summary>The request that would leave <paramref name="fiche"/> (details loaded) unchanged: the base of a merge patch.</summary>
    public static ModifierFicheRequest Depuis(Fiche fiche)
    {
        var organisation = fiche.Type == TypeFiche.Organisation;
        return new ModifierFicheRequest(
            (TypeFicheDto)fiche.Type,
            organisation ? null : fiche.Nom,
            fiche.Prenom,
            organisation ? fiche.Nom : null,
            fiche.DateNaissance,
            fiche.NumeroAvs,
            fiche.Email)
        {
            AutresNoms = fiche.AutresNoms,
            Sexe = fiche.Sexe,
            EtatCivil = fiche.EtatCivil,
            Nationalite = fiche.Nationalite,
            Langue = fiche.Langue,
            PermisSejour = fiche.PermisSejour is { } permis ? PermisSejourCodes.Code(permis) : null,
            CommuneResidence = fiche.CommuneResidence,
            NumeroIde = fiche.NumeroIde,
            FormeJuridique = fiche.FormeJuridique,
            Categories = fiche.Categories.Select(c => c.Categorie).Order(StringComparer.Ordinal).ToList(),
            Contacts = fiche.Contacts.Select(c => new ContactRequest(c.Type, c.Valeur, c.Libelle, c.Principal)).ToList(),
            PreferencesNotification = fiche.Preferences.Select(p => new PreferenceNotificationRequest(p.TypeMessage, p.Canal)).ToList(),
        };
    }
}
