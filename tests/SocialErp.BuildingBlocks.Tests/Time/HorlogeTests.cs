using SocialErp.SharedKernel.Time;

namespace SocialErp.BuildingBlocks.Tests.Time;

/// <summary>Today's date is the calendar day of the clock's time zone; instants stay UTC.</summary>
[Trait("Category", "Unit")]
public sealed class HorlogeTests
{
    private static readonly TimeZoneInfo Zurich = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");

    [Theory]
    [InlineData("2026-12-31T23:30:00Z", "2027-01-01")] // winter, UTC+1: the new year has begun in Switzerland
    [InlineData("2026-06-30T22:30:00Z", "2026-07-01")] // summer, UTC+2
    [InlineData("2026-06-30T21:30:00Z", "2026-06-30")]
    public void Aujourdhui_Zurich_SwissCalendarDay(string instant, string jour)
    {
        var horloge = new HorlogeFixe(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), Zurich);

        Assert.Equal(DateOnly.Parse(jour, System.Globalization.CultureInfo.InvariantCulture), horloge.Aujourdhui());
        Assert.Equal(DateTimeKind.Utc, horloge.Maintenant().Kind);
        Assert.Equal(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, horloge.Maintenant());
    }

    [Theory]
    [InlineData("2026-12-31T23:30:00Z", "2027-01-01")]
    [InlineData("2026-12-31T22:30:00Z", "2026-12-31")]
    public void Jour_InstantUtc_SwissCalendarDayOfThatInstant(string instant, string jour)
    {
        var horloge = new HorlogeFixe(DateTimeOffset.UnixEpoch, Zurich);
        var utc = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime;

        Assert.Equal(DateOnly.Parse(jour, System.Globalization.CultureInfo.InvariantCulture), horloge.Jour(utc));
        // As stored and read back by EF (kind unspecified), the instant is still UTC.
        Assert.Equal(DateOnly.Parse(jour, System.Globalization.CultureInfo.InvariantCulture), horloge.Jour(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified)));
    }

    [Theory]
    [InlineData("Europe/Zurich", "2026-01-15", "2026-01-14T23:00:00Z")] // winter, UTC+1
    [InlineData("Europe/Zurich", "2026-07-15", "2026-07-14T22:00:00Z")] // summer, UTC+2
    [InlineData("America/Havana", "2026-03-08", "2026-03-08T05:00:00Z")] // midnight falls in the gap: the day begins at 01:00 (UTC-4)
    [InlineData("UTC", "2026-03-08", "2026-03-08T00:00:00Z")]
    public void DebutDuJour_UtcInstantOfTheLocalMidnight(string zone, string jour, string debut)
    {
        var horloge = new HorlogeFixe(DateTimeOffset.UnixEpoch, TimeZoneInfo.FindSystemTimeZoneById(zone));

        var instant = horloge.DebutDuJour(DateOnly.Parse(jour, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(debut, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, instant);
        Assert.Equal(DateTimeKind.Utc, instant.Kind);
    }

    [Fact]
    public void HorlogeFuseau_SystemClockInItsZone()
    {
        var horloge = new HorlogeFuseau(Zurich);

        var avant = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Zurich).DateTime);
        var jour = horloge.Aujourdhui();
        var apres = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Zurich).DateTime);

        Assert.Same(Zurich, horloge.LocalTimeZone);
        Assert.InRange(jour, avant, apres);
    }

    private sealed class HorlogeFixe(DateTimeOffset instant, TimeZoneInfo fuseau) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => instant;

        public override TimeZoneInfo LocalTimeZone => fuseau;
    }
}
