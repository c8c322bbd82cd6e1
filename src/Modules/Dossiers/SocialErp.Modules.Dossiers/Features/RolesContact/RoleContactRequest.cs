namespace SocialErp.Modules.Dossiers.Features.RolesContact;

/// <param name="Code">Lowercase letters, digits and hyphens (prescripteur, donneur-ordre…); fixed once created.</param>
/// <param name="Libelle">The label shown.</param>
/// <param name="CategorieFiche">The fiche category a contact in this role must have (prescripteur, employeur, tuteur-curateur…); omitted: any fiche.</param>
/// <param name="Actif">An inactive role is refused for new contacts; existing contacts keep it.</param>
internal sealed record RoleContactRequest(string? Code, string? Libelle, string? CategorieFiche, bool Actif = true);

/// <summary>A contact role as listed.</summary>
internal sealed record RoleContactResponse(string Code, string Libelle, string? CategorieFiche, bool Actif);
