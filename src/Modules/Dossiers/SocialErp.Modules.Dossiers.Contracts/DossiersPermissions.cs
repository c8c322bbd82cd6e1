namespace SocialErp.Modules.Dossiers.Contracts;

/// <summary>Permissions of the Dossiers module (granted by trade in <c>DossiersModule</c>).</summary>
public static class DossiersPermissions
{
    public const string Lire = "dossiers.lire";
    public const string Ecrire = "dossiers.ecrire";
}
