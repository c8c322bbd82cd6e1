namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>States of a session, as they travel in the API and in <c>SeanceModifiee</c>.</summary>
internal static class EtatsSeance
{
    public const string Planifiee = "planifiee";
    public const string Realisee = "realisee";
    public const string Annulee = "annulee";
    public const string Reportee = "reportee";

    public static IReadOnlyList<string> Tous { get; } = [Planifiee, Realisee, Annulee, Reportee];
}

/// <summary>Attendance of a signed session (émargement).</summary>
internal static class PresencesSeance
{
    public const string Present = "present";
    public const string AbsentExcuse = "absent-excuse";
    public const string Absent = "absent";

    public static IReadOnlyList<string> Toutes { get; } = [Present, AbsentExcuse, Absent];
}
