namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>What a memo records: an exchange (call, meeting, e-mail, letter) or a plain note.</summary>
internal static class NaturesMemo
{
    public const string Appel = "appel";
    public const string RendezVous = "rendez-vous";
    public const string Email = "email";
    public const string Courrier = "courrier";
    public const string Note = "note";

    public static IReadOnlyList<string> Toutes { get; } = [Appel, RendezVous, Email, Courrier, Note];
}
