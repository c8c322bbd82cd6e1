namespace SocialErp.ArchitectureTests.Support;

/// <summary>
/// The bounded modules the rules are checked against. A test compares this list with the projects under src/,
/// so a new module cannot slip past the architecture tests unnoticed.
/// </summary>
public static class KnownModules
{
    public const string PlatformWireName = "plateforme";

    public static IReadOnlyList<string> All { get; } = ["Fiches", "Dossiers", "Journal", "Comptabilite", "Ged", "Statistiques"];

    /// <summary>The module's short name: first segment of its event names, table prefix, schema.</summary>
    public static string WireName(string module) => module.ToLowerInvariant();
}
