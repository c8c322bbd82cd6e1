using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>
/// A fiche as clients read it. <c>numeroAvs</c> is formatted 756.XXXX.XXXX.XC, <c>numeroIde</c>
/// CHE-123.456.789; <c>adresses</c> are those valid today (history: <c>GET /api/fiches/{id}/adresses?historique=true</c>).
/// </summary>
internal sealed partial record FicheResponse(
    Guid Id,
    TypeFicheDto Type,
    string Nom,
    string? Prenom,
    string? RaisonSociale,
    string? AutresNoms,
    DateOnly? DateNaissance,
    Sexe? Sexe,
    EtatCivil? EtatCivil,
    string? Nationalite,
    string? Langue,
    string? NumeroAvs,
    string? PermisSejour,
    int? CommuneResidence,
    string? NumeroIde,
    string? FormeJuridique,
    string? Email,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ContactResponse> Contacts,
    IReadOnlyList<PreferenceNotificationResponse> PreferencesNotification,
    IReadOnlyList<AdresseResponse> Adresses,
    Guid? ServiceId,
    bool Archivee,
    DateTime? ArchiveeLe,
    DateTime CreeLe,
    DateTime? ModifieeLe,
    long Version)
{
    /// <summary>The fiche with its details loaded (<see cref="FicheDetails"/>).</summary>
    public static FicheResponse From(Fiche fiche, DateOnly aujourdhui) => new(
        fiche.Id,
        (TypeFicheDto)fiche.Type,
        fiche.Nom,
        fiche.Prenom,
        fiche.Type == TypeFiche.Organisation ? fiche.Nom : null,
        fiche.AutresNoms,
        fiche.DateNaissance,
        fiche.Sexe,
        fiche.EtatCivil,
        fiche.Nationalite,
        fiche.Langue,
        fiche.NumeroAvs is null ? null : Domain.NumeroAvs.Formater(fiche.NumeroAvs),
        fiche.PermisSejour is { } permis ? PermisSejourCodes.Code(permis) : null,
        fiche.CommuneResidence,
        fiche.NumeroIde is null ? null : Domain.NumeroIde.Formater(fiche.NumeroIde),
        fiche.FormeJuridique,
        fiche.Email,
        fiche.Categories.Select(c => c.Categorie).Order(StringComparer.Ordinal).ToList(),
        fiche.Contacts.Select(ContactResponse.From).ToList(),
        fiche.Preferences.OrderBy(p => p.TypeMessage).Select(p => new PreferenceNotificationResponse(p.TypeMessage, p.Canal)).ToList(),
        fiche.Adresses.Where(a => a.EstValideLe(aujourdhui)).OrderBy(a => a.Type).Select(AdresseResponse.From).ToList(),
        fiche.ServiceId,
        fiche.Archivee,
        fiche.ArchiveeLe,
        fiche.CreeLe,
        fiche.ModifieeLe,
        fiche.Version);
}
