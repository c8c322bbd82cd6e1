using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Jobs;

[Trait("Category", "Integration")]
public sealed class SqliteMessageRetentionTests(SqliteApiFixture fixture)
    : MessageRetentionTests(fixture), IClassFixture<SqliteApiFixture>;
