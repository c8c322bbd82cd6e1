namespace SocialErp.Modules.Dossiers.Features.Contacts;

/// <param name="Role">An active role of /api/parametres/roles-contact (prescripteur, employeur, tuteur, gestionnaire, donneur-ordre…).</param>
/// <param name="FicheId">A fiche of the category the role asks for, if any (tuteur: tuteur-curateur).</param>
/// <param name="Du">Since when, if known.</param>
/// <param name="Au">Until when, if known; not before « du ».</param>
/// <param name="Remarque">Free note.</param>
internal sealed record ContactRequest(string? Role, Guid? FicheId, DateOnly? Du, DateOnly? Au, string? Remarque);

internal sealed record ContactResponse(Guid Id, string Role, Guid FicheId, DateOnly? Du, DateOnly? Au, string? Remarque, DateTime AjouteLe);
