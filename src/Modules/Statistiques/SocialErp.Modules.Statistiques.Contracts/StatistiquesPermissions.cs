namespace SocialErp.Modules.Statistiques.Contracts;

/// <summary>Permissions of the Statistiques module (granted by trade in <c>StatistiquesModule</c>).</summary>
public static class StatistiquesPermissions
{
    /// <summary>Lists and dashboards over the read model.</summary>
    public const string Lire = "statistiques.lire";

    /// <summary>Revise templates, rebuild the read model.</summary>
    public const string Ecrire = "statistiques.ecrire";

    /// <summary>Official statistics: read templates, start executions, follow them, download their files.</summary>
    public const string Officielles = "statistiques.officielles";

    /// <summary>Download lists and dashboards as CSV or Excel (a separate right from seeing them).</summary>
    public const string Exporter = "statistiques.exporter";
}
