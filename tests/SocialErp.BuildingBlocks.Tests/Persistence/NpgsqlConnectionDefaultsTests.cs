using Npgsql;
using SocialErp.BuildingBlocks.Persistence;

namespace SocialErp.BuildingBlocks.Tests.Persistence;

[Trait("Category", "Unit")]
public sealed class NpgsqlConnectionDefaultsTests
{
    [Fact]
    public void Apply_StringWithoutTheSettings_PreparesAndSkipsTheReset()
    {
        var builder = new NpgsqlConnectionStringBuilder(NpgsqlConnectionDefaults.Apply("Host=127.0.0.1;Port=5432;Username=u;Password=p;Database=d"));

        Assert.Equal(NpgsqlConnectionDefaults.MaxAutoPrepare, builder.MaxAutoPrepare);
        Assert.True(builder.NoResetOnClose);
        Assert.Equal("127.0.0.1", builder.Host);
        Assert.Equal("d", builder.Database);
    }

    [Theory]
    [InlineData("Host=h;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=h;maxautoprepare=0;NORESETONCLOSE=false")]
    public void Apply_StringSettingThem_KeepsItsValuesEvenTheDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(NpgsqlConnectionDefaults.Apply(connectionString));

        Assert.Equal(0, builder.MaxAutoPrepare);
        Assert.False(builder.NoResetOnClose);
    }
}
