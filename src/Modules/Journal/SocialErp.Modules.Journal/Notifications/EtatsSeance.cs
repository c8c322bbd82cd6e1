namespace SocialErp.Modules.Journal.Notifications;

/// <summary>The session states <c>dossiers.seance-modifiee.v1</c> carries.</summary>
internal static class EtatsSeance
{
    public const string Planifiee = "planifiee";
    public const string Reportee = "reportee";
    public const string Annulee = "annulee";
}
