using SocialErp.BuildingBlocks.Persistence;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Journal;

/// <summary>
/// <c>Audit:Enabled=false</c> exists only to measure what the journal des mutations costs a write: with it, changes are
/// made and their business events flow, but no mutation is recorded.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AuditDesactiveTests
{
    [Fact]
    public async Task AuditDesactive_LesEcrituresPassent_AucuneMutationEnregistree()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "audit-desactive");
        await using var factory = new SocialErpApiFactory(database, new Dictionary<string, string?> { ["Audit:Enabled"] = "false" });
        var service = await factory.CreateServiceAsync("AUDIT-OFF");
        var (assistant, _) = await factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (direction, _) = await factory.UserClientAsync(Metiers.Direction, service);
        using var _a = assistant;
        using var _d = direction;

        var dossier = await DossiersDeTest.OuvrirAsync(factory, assistant);
        await factory.DrainMessagesAsync();

        Assert.Equal(0, await JournalDeBordApiTests.TotalAsync(direction, "/api/mutations?pageSize=500"));
        Assert.True(await JournalDeBordApiTests.TotalAsync(assistant, $"/api/dossiers/{dossier}/journal") > 0);
    }
}
