namespace SocialErp.Modules.Dossiers.Contracts;

/// <summary>Statuses of a dossier's lifecycle, as they travel in the API and in events.</summary>
public static class StatutsDossier
{
    public const string Ouvert = "ouvert";
    public const string EnCours = "en-cours";
    public const string Termine = "termine";
    public const string Abandonne = "abandonne";
    public const string Rupture = "rupture";
    public const string Clos = "clos";
    public const string Archive = "archive";

    public static IReadOnlyList<string> Tous { get; } = [Ouvert, EnCours, Termine, Abandonne, Rupture, Clos, Archive];
}
