namespace SocialErp.SharedKernel.Time;

/// <summary>
/// Today's date and the current instant from the injected clock, the same way in every module. Today is the service's
/// calendar day, in the clock's time zone (<see cref="HorlogeFuseau"/>, <c>Horloge:FuseauHoraire</c>): between
/// midnight and 1 or 2 a.m. in Switzerland the UTC date is still yesterday's. Instants stay UTC.
/// </summary>
public static class Horloge
{
    public static DateOnly Aujourdhui(this TimeProvider timeProvider) => DateOnly.FromDateTime(timeProvider.GetLocalNow().DateTime);

    public static DateTime Maintenant(this TimeProvider timeProvider) => timeProvider.GetUtcNow().UtcDateTime;

    /// <summary>The service's calendar day of a UTC instant (one read of the clock giving both an instant and a date).</summary>
    public static DateOnly Jour(this TimeProvider timeProvider, DateTime instantUtc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(instantUtc, DateTimeKind.Utc), timeProvider.LocalTimeZone));

    /// <summary>
    /// The UTC instant the service's calendar day <paramref name="jour"/> begins: the lower bound of a filter by day on
    /// instants (the next day's start is the exclusive upper bound). A day that begins in a daylight-saving gap begins
    /// when the clocks jump.
    /// </summary>
    public static DateTime DebutDuJour(this TimeProvider timeProvider, DateOnly jour)
    {
        var zone = timeProvider.LocalTimeZone;
        var minuit = jour.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(minuit))
        {
            minuit = minuit.AddMinutes(15);
        }

        return TimeZoneInfo.ConvertTimeToUtc(minuit, zone);
    }
}
