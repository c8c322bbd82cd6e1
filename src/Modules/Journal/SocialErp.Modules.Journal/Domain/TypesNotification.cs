namespace SocialErp.Modules.Journal.Domain;

/// <summary>
/// What a notification announces. A report or a cancellation concerns a convocation: it follows the channel the
/// person chose for convocations (Fiches knows the kinds courrier, rappel and convocation).
/// </summary>
internal static class TypesNotification
{
    public const string Convocation = "convocation";
    public const string Rappel = "rappel";
    public const string Report = "report";
    public const string Annulation = "annulation";

    public static string TypeMessage(string type) => type == Rappel ? Rappel : Convocation;
}
