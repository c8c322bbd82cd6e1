namespace SocialErp.Modules.Fiches.Contracts;

/// <summary>Permissions of the Fiches module (granted by trade in <c>FichesModule</c>).</summary>
public static class FichesPermissions
{
    public const string Lire = "fiches.lire";
    public const string Ecrire = "fiches.ecrire";
}
