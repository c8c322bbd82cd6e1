namespace SocialErp.ArchitectureTests.Host;

/// <summary>The test classes that inspect the running host share one instance of it.</summary>
[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "Running host";
}
