using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.ObtenirReferentiels;

/// <summary>The code lists a fiche's fields take their values from, for forms and filters.</summary>
internal sealed record ReferentielsFichesResponse(
    IReadOnlyList<string> Categories,
    IReadOnlyList<Sexe> Sexes,
    IReadOnlyList<EtatCivil> EtatsCivils,
    IReadOnlyList<string> PermisSejour,
    IReadOnlyList<TypeContact> TypesContact,
    IReadOnlyList<TypeAdresse> TypesAdresse,
    IReadOnlyList<TypeMessage> TypesMessage,
    IReadOnlyList<CanalNotification> CanauxNotification);
