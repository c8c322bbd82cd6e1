namespace SocialErp.Modules.Ged.Contracts;

/// <summary>Permissions of the GED module (granted by trade in <c>GedModule</c>).</summary>
public static class GedPermissions
{
    public const string Lire = "ged.lire";
    public const string Ecrire = "ged.ecrire";
}
