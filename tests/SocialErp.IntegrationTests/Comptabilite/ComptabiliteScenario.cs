using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>Base of Comptabilité test classes: after every scenario the integrity check must report zero differences.</summary>
public abstract class ComptabiliteScenario(ComptabiliteApiFixture fixture) : IAsyncLifetime
{
    protected ComptabiliteApiFixture Fixture { get; } = fixture;

    protected SocialErpApiFactory Factory => Fixture.Factory;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => ComptaTestKit.AssertControleConformeAsync(Factory);
}
