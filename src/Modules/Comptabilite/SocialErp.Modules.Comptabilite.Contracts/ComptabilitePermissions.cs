namespace SocialErp.Modules.Comptabilite.Contracts;

/// <summary>Permissions of the Comptabilité module (granted by trade in <c>ComptabiliteModule</c>).</summary>
public static class ComptabilitePermissions
{
    public const string Lire = "comptabilite.lire";
    public const string Ecrire = "comptabilite.ecrire";
}
