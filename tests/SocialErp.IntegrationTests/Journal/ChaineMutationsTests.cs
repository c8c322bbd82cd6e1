using System.Net;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Journal;

/// <summary>
/// The hash chain detects a tampered or removed line. Each test has its own database: tampering needs the
/// append-only guard dropped first (as someone with DDL rights would), and leaves the chain broken.
/// </summary>
public abstract class ChaineMutationsTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Verification_LigneFalsifiee_PremiereRuptureSurCetteLigne()
    {
        await using var factory = await DemarrerAsync("falsifiee");
        using var admin = await factory.AdminClientAsync();
        for (var i = 0; i < 5; i++)
        {
            (await admin.PostJsonAsync("/api/fiches", new { type = "personne", nom = $"Chaine{i}", prenom = "Test" })).EnsureSuccessStatusCode();
        }

        await factory.DrainMessagesAsync();
        var avant = await (await admin.GetAsync("/api/mutations/verification")).JsonAsync();
        Assert.True(avant.GetProperty("intacte").GetBoolean());
        var lignes = avant.GetProperty("lignesVerifiees").GetInt64();
        Assert.True(lignes >= 5, $"{lignes} lines");
        var table = Sql.Table(factory.Database, "journal", "mutation");
        var cible = lignes / 2;

        await LeverProtectionAsync(factory.Database);
        await Sql.ExecuteAsync(factory.Database, $"UPDATE {table} SET utilisateur_email = 'quelquun@ailleurs.ch' WHERE sequence = {cible}");

        var apres = await (await admin.GetAsync("/api/mutations/verification")).JsonAsync();
        Assert.False(apres.GetProperty("intacte").GetBoolean());
        Assert.Equal(cible - 1, apres.GetProperty("lignesVerifiees").GetInt64());
        var rupture = apres.GetProperty("premiereRupture");
        Assert.Equal(cible, rupture.GetProperty("sequence").GetInt64());
        Assert.Equal("empreinte", rupture.GetProperty("raison").GetString());
    }

    [Fact]
    public async Task Verification_LigneSupprimee_RuptureDeSequence()
    {
        await using var factory = await DemarrerAsync("supprimee");
        using var admin = await factory.AdminClientAsync();
        for (var i = 0; i < 3; i++)
        {
            (await admin.PostJsonAsync("/api/fiches", new { type = "personne", nom = $"Trou{i}", prenom = "Test" })).EnsureSuccessStatusCode();
        }

        await factory.DrainMessagesAsync();
        await LeverProtectionAsync(factory.Database);
        await Sql.ExecuteAsync(factory.Database, $"DELETE FROM {Sql.Table(factory.Database, "journal", "mutation")} WHERE sequence = 2");

        var rupture = (await (await admin.GetAsync("/api/mutations/verification")).JsonAsync()).GetProperty("premiereRupture");
        Assert.Equal(3, rupture.GetProperty("sequence").GetInt64());
        Assert.Equal("sequence", rupture.GetProperty("raison").GetString());
    }

    private async Task<SocialErpApiFactory> DemarrerAsync(string nom)
    {
        var factory = new SocialErpApiFactory(await TestDatabase.CreateAsync(provider, $"chaine_{nom}"));
        _ = factory.Server;
        return factory;
    }

    private static Task<int> LeverProtectionAsync(TestDatabase database) => Sql.ExecuteAsync(
        database,
        database.Provider == DatabaseProvider.PostgreSql
            ? "ALTER TABLE journal.journal_mutation DISABLE TRIGGER USER"
            : "DROP TRIGGER journal_mutation_sans_modification; DROP TRIGGER journal_mutation_sans_suppression;");
}

[Trait("Category", "Integration")]
public sealed class ChaineMutationsTestsSqlite() : ChaineMutationsTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSql")]
public sealed class ChaineMutationsTestsPostgreSql() : ChaineMutationsTests(DatabaseProvider.PostgreSql);
