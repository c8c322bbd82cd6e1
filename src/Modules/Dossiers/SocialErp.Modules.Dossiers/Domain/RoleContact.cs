namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>
/// A role an outside party plays in dossiers (prescripteur, employeur…): a configurable list, deactivated rather than
/// removed, each role optionally asking the contact's fiche for a category.
/// </summary>
internal sealed class RoleContact
{
    public RoleContact(string code, string libelle, string? categorieFiche, bool actif)
    {
        Code = code;
        Libelle = libelle;
        CategorieFiche = categorieFiche;
        Actif = actif;
    }

    public string Code { get; private set; }

    public string Libelle { get; private set; }

    /// <summary>The fiche category a contact in this role must have (one of Fiches' categories); null: any fiche.</summary>
    public string? CategorieFiche { get; private set; }

    /// <summary>An inactive role is refused for new contacts; the contacts that have it keep it.</summary>
    public bool Actif { get; private set; }

    public void Modifier(string libelle, string? categorieFiche, bool actif)
    {
        Libelle = libelle;
        CategorieFiche = categorieFiche;
        Actif = actif;
    }
}
