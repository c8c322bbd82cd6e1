namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>A standard weekly plan (« A.STAND-100 Atelier standard 100 % »): days of the week and occupancy rate.</summary>
internal sealed class PlanningType(string code, string libelle, decimal tauxOccupation, string jours)
{
    public string Code { get; private set; } = code;

    public string Libelle { get; private set; } = libelle;

    /// <summary>Percent, 0–100.</summary>
    public decimal TauxOccupation { get; private set; } = tauxOccupation;

    /// <summary>Days as <see cref="JoursSemaine"/> codes, comma-separated in week order.</summary>
    public string Jours { get; private set; } = jours;

    /// <summary>Placements copied the plan's rate and days when made: they keep them.</summary>
    public void Modifier(string libelle, decimal tauxOccupation, string jours)
    {
        Libelle = libelle;
        TauxOccupation = tauxOccupation;
        Jours = jours;
    }
}

/// <summary>Days of the week as they travel in the API, and their stored form.</summary>
internal static class JoursSemaine
{
    public static IReadOnlyList<string> Tous { get; } = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

    public static string Stocker(IEnumerable<string> jours) => string.Join(',', Tous.Where(j => jours.Contains(j)));

    public static IReadOnlyList<string> Lire(string jours) => jours.Length == 0 ? [] : jours.Split(',');
}
