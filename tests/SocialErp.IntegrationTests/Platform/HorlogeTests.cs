using System.Net.Http.Json;
using System.Text.Json;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.IntegrationTests.Messaging;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Platform;

/// <summary>The host's clock: today's date in the configured time zone, and no start on a zone the machine lacks.</summary>
[Trait("Category", "Integration")]
public sealed class HorlogeTests
{
    [Fact]
    public async Task Aujourdhui_FuseauConfigure_DateParDefautDeCeFuseau()
    {
        // UTC+14: its calendar day is ahead of UTC's for ten hours of every UTC day, ahead of Zurich's for more.
        var fuseau = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati");
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "horloge");
        await using var factory = new SocialErpApiFactory(database, new Dictionary<string, string?> { ["Horloge:FuseauHoraire"] = fuseau.Id });
        using var client = await factory.AdminClientAsync();
        var ficheId = await MessagingTests.CreerFicheAsync(client, "Horloge");

        var avant = JourDans(fuseau);
        var soldes = await client.GetFromJsonAsync<JsonElement>($"/api/comptabilite/personnes/{ficheId}/soldes");
        var apres = JourDans(fuseau);

        Assert.InRange(DateOnly.Parse(soldes.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture), avant, apres);
    }

    [Fact]
    public async Task Demarrage_FuseauInconnu_Refuse()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "horloge");
        await using var factory = new SocialErpApiFactory(database, new Dictionary<string, string?> { ["Horloge:FuseauHoraire"] = "Mars/Olympus_Mons" });

        var refus = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Horloge:FuseauHoraire", refus.ToString(), StringComparison.Ordinal);
    }

    private static DateOnly JourDans(TimeZoneInfo fuseau) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, fuseau).DateTime);
}
