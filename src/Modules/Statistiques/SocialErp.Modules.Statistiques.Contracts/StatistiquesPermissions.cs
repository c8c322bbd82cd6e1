namespace SocialErp.Modules.Statistiques.Contracts;

/// <summary>Permissions of the Statistiques module (granted by trade in <c>StatistiquesModule</c>).</summary>
public static class StatistiquesPermissions
{
    public const string Lire = "statistiques.lire";
    public const string Ecrire = "statistiques.ecrire";
}
