using Microsoft.Extensions.Configuration;

namespace SocialErp.BuildingBlocks.Time;

/// <summary>
/// The service's time zone (<c>Horloge:FuseauHoraire</c>): the host's clock carries it, and the jobs' cron schedules
/// fire in it, whatever the machine's own zone.
/// </summary>
public static class FuseauHoraire
{
    public static TimeZoneInfo Lire(IConfiguration configuration)
    {
        var options = configuration.GetSection(HorlogeOptions.SectionName).Get<HorlogeOptions>() ?? new HorlogeOptions();
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(options.FuseauHoraire);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Refusing to start beats dating every entry of the night by another calendar.
            throw new InvalidOperationException(
                $"Horloge:FuseauHoraire « {options.FuseauHoraire} » is not a time zone of this machine (IANA name expected, "
                + "e.g. Europe/Zurich; install the tzdata package if none is found).", exception);
        }
    }
}
