using SocialErp.SharedKernel.Time;

namespace SocialErp.Host.Platform;

/// <summary>The clock every module is given: the system's, seen from the configured time zone.</summary>
internal static class Horloges
{
    public static TimeProvider Configurer(IConfiguration configuration)
    {
        var options = configuration.GetSection(HorlogeOptions.SectionName).Get<HorlogeOptions>() ?? new HorlogeOptions();
        try
        {
            return new HorlogeFuseau(TimeZoneInfo.FindSystemTimeZoneById(options.FuseauHoraire));
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
