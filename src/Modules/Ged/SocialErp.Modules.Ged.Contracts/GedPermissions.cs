namespace SocialErp.Modules.Ged.Contracts;

/// <summary>Permissions of the GED module (granted by trade in <c>GedModule</c>).</summary>
public static class GedPermissions
{
    public const string Lire = "ged.lire";
    public const string Ecrire = "ged.ecrire";

    /// <summary>Read documents marked confidential (on targets the user may see).</summary>
    public const string LireConfidentiel = "ged.lire-confidentiel";

    /// <summary>Create and replace mail-merge templates.</summary>
    public const string GererModeles = "ged.gerer-modeles";
}
