namespace SocialErp.Modules.Comptabilite.Domain.Facturation;

/// <summary>What a tariff's price is for: an hour of work (the service's duration) or a unit (a session, a report…).</summary>
internal static class UnitesTarif
{
    public const string Heure = "heure";
    public const string Unite = "unite";

    public static IReadOnlyList<string> Toutes { get; } = [Heure, Unite];
}
