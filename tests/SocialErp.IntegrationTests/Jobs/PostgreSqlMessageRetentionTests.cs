using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Jobs;

[Trait("Category", "Integration")]
[Trait("Category", "PostgreSql")]
public sealed class PostgreSqlMessageRetentionTests(PostgreSqlApiFixture fixture)
    : MessageRetentionTests(fixture), IClassFixture<PostgreSqlApiFixture>;
