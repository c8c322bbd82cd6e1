namespace SocialErp.SharedKernel.Time;

/// <summary>
/// The system clock seen from the service's time zone (<c>Horloge:FuseauHoraire</c>, Europe/Zurich by default), not
/// from the machine's: servers commonly run in UTC, the service's days are Swiss.
/// </summary>
public sealed class HorlogeFuseau(TimeZoneInfo fuseau) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => fuseau;
}
