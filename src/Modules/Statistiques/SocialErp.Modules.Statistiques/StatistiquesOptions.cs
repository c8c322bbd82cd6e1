namespace SocialErp.Modules.Statistiques;

/// <summary>Configuration section <c>Statistiques</c>.</summary>
internal sealed class StatistiquesOptions
{
    public const string SectionName = "Statistiques";

    /// <summary>Above this many rows, a list's CSV/Excel export runs as a background job (202) and its JSON result is cut.</summary>
    public int LimiteSynchroneListes { get; set; } = 50_000;

    /// <summary>Resident population per commune (OFS number → inhabitants), for the assistance rate of the dashboards.</summary>
    public Dictionary<string, int> Populations { get; set; } = [];
}
