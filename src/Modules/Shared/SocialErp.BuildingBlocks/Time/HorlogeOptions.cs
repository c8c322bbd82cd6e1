namespace SocialErp.BuildingBlocks.Time;

/// <summary>Configuration section <c>Horloge</c>.</summary>
public sealed class HorlogeOptions
{
    public const string SectionName = "Horloge";

    /// <summary>IANA time zone of the service's calendar days (today's date, default dates, due dates).</summary>
    public string FuseauHoraire { get; set; } = "Europe/Zurich";
}
