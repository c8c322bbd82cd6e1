using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using SocialErp.BuildingBlocks.Persistence;

namespace SocialErp.IntegrationTests.Persistence;

/// <summary>
/// A database's schema as sorted text lines: tables, columns (type, nullability, identity), keys, indexes and
/// foreign keys. Migration history and lock tables are left out: they are bookkeeping, not model. So are full-text
/// structures, which EF Core cannot model on both providers and migrations create in raw SQL: SQLite FTS5 virtual tables
/// with their shadow tables, PostgreSQL indexes on <c>to_tsvector(…)</c>.
/// </summary>
internal static class DatabaseSchema
{
    public static async Task<IReadOnlyList<string>> ReadAsync(TestKit.TestDatabase database, IReadOnlyCollection<string> schemas) =>
        database.Provider == DatabaseProvider.PostgreSql
            ? await ReadPostgresAsync(database.ConnectionString, schemas)
            : await ReadSqliteAsync(database.ConnectionString);

    private static async Task<IReadOnlyList<string>> ReadSqliteAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var lines = new List<string>();
        var tables = await QueryAsync(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 4) <> '__EF'");
        var fullText = tables.Where(t => t[1].StartsWith("CREATE VIRTUAL TABLE", StringComparison.OrdinalIgnoreCase)).Select(t => t[0]).ToList();
        foreach (var table in tables.Where(t => !fullText.Any(f => t[0] == f || t[0].StartsWith(f + "_", StringComparison.Ordinal))))
        {
            var name = table[0];
            lines.Add($"table {name} autoincrement={table[1].Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase)}");
            foreach (var c in await QueryAsync(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{name}')"))
            {
                lines.Add($"column {name}.{c[0]} {c[1]} notnull={c[2]} pk={c[3]}");
            }

            foreach (var i in await QueryAsync(connection, $"SELECT name, \"unique\", origin, partial FROM pragma_index_list('{name}')"))
            {
                var columns = await QueryAsync(connection, $"SELECT name FROM pragma_index_info('{i[0]}') ORDER BY seqno");
                var indexName = i[2] == "pk" ? "(primary key)" : i[0];
                lines.Add($"index {name}.{indexName} unique={i[1]} origin={i[2]} partial={i[3]} ({string.Join(",", columns.Select(x => x[0]))})");
            }

            foreach (var f in await QueryAsync(connection, $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{name}')"))
            {
                lines.Add($"fk {name}.{f[1]} -> {f[0]}.{f[2]} on delete {f[3]}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<IReadOnlyList<string>> ReadPostgresAsync(string connectionString, IReadOnlyCollection<string> schemas)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var inSchemas = string.Join(",", schemas.Select(s => $"'{s}'"));
        var lines = new List<string>();
        foreach (var c in await QueryAsync(connection, $"""
            SELECT table_schema, table_name, column_name, data_type, coalesce(character_maximum_length::text, ''),
                   coalesce(numeric_precision::text, ''), coalesce(numeric_scale::text, ''), is_nullable, is_identity, coalesce(identity_generation, '')
            FROM information_schema.columns
            WHERE table_schema IN ({inSchemas}) AND table_name NOT LIKE '__EFMigrationsHistory%'
            """))
        {
            lines.Add($"column {c[0]}.{c[1]}.{c[2]} {c[3]}({c[4]},{c[5]},{c[6]}) nullable={c[7]} identity={c[8]} {c[9]}");
        }

        foreach (var i in await QueryAsync(connection, $"SELECT schemaname, tablename, indexname, indexdef FROM pg_indexes WHERE schemaname IN ({inSchemas}) AND tablename NOT LIKE '__EFMigrationsHistory%'"))
        {
            if (!i[3].Contains("to_tsvector(", StringComparison.Ordinal))
            {
                lines.Add($"index {i[0]}.{i[1]}.{i[2]} {i[3]}");
            }
        }

        foreach (var k in await QueryAsync(connection, $"""
            SELECT n.nspname, t.relname, c.conname, pg_get_constraintdef(c.oid)
            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname IN ({inSchemas}) AND t.relname NOT LIKE '__EFMigrationsHistory%'
            """))
        {
            lines.Add($"constraint {k[0]}.{k[1]}.{k[2]} {k[3]}");
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[i] = reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!;
            }

            rows.Add(row);
        }

        return rows;
    }
}
