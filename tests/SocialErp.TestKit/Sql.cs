using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using SocialErp.BuildingBlocks.Persistence;

namespace SocialErp.TestKit;

/// <summary>Direct SQL on a test database, to arrange or inspect what the API does not expose.</summary>
public static class Sql
{
    /// <summary>A module table's qualified name: <c>"fiches"."fiches_outbox_message"</c> or <c>fiches_outbox_message</c>.</summary>
    public static string Table(TestDatabase database, string module, string table) =>
        database.Provider == DatabaseProvider.PostgreSql ? $"\"{module}\".\"{module}_{table}\"" : $"{module}_{table}";

    public static async Task<long> ScalarAsync(TestDatabase database, string sql)
    {
        await using var connection = Open(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<int> ExecuteAsync(TestDatabase database, string sql)
    {
        await using var connection = Open(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    private static DbConnection Open(TestDatabase database) => database.Provider == DatabaseProvider.PostgreSql
        ? new NpgsqlConnection(database.ConnectionString)
        : new SqliteConnection(database.ConnectionString);
}
