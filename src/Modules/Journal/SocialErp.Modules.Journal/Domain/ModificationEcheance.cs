namespace SocialErp.Modules.Journal.Domain;

/// <summary>
/// A change made to a due date other than its realisation: cancelled, rescheduled or reassigned, by whom (none for a
/// change the system made, e.g. on closing the dossier), when and why, with the previous and new date or responsible.
/// </summary>
internal sealed record ModificationEcheance(
    string Nature,
    DateTime Le,
    Guid? Par,
    string? Motif,
    DateOnly? AncienneDate = null,
    DateOnly? NouvelleDate = null,
    Guid? AncienResponsableId = null,
    Guid? NouveauResponsableId = null)
{
    public const string Annulation = "annulation";
    public const string Report = "report";
    public const string Reattribution = "reattribution";
}
