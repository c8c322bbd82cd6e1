using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using SocialErp.Bench.Data;

// Bulk-loads volumes the API cannot load in reasonable time straight into a migrated SocialErp database (the host
// stopped): COUNT synthetic lines of the journal des mutations (SocialErp.Bench.Data.GenerateurMutations). The
// table's secondary indexes are dropped during the load and recreated as the migrations defined them, then the
// planner statistics are refreshed. Writes a sample of entities ("module entite entiteId" per line) for wrk.
// The loaded lines are not hash-chained: /api/mutations/verification reports the first of them.
//   dotnet run -c Release --project build/bench/SocialErp.Bench.Seed -- Sqlite|PostgreSql CONNECTION COUNT SAMPLE_FILE
// With "statistiques" first, loads the Statistiques read model instead (ChargementStatistiques):
//   ... -- statistiques Sqlite|PostgreSql CONNECTION DOSSIERS MONTH
if (args.Length > 0 && args[0] == "statistiques")
{
    return await SocialErp.Bench.Seed.ChargementStatistiques.RunAsync(args[1..]);
}

// Comptabilité's budgets and camt files: see ChargementComptabilite ("budgets …", "camt054 …").
if (args.Length > 0 && args[0] is "budgets" or "camt054")
{
    return await SocialErp.Bench.Seed.ChargementComptabilite.ExecuterAsync(args);
}

if (args.Length < 4)
{
    Console.Error.WriteLine("usage: Sqlite|PostgreSql CONNECTION COUNT SAMPLE_FILE");
    return 2;
}

var postgres = args[0] == "PostgreSql";
var count = int.Parse(args[2], CultureInfo.InvariantCulture);
await using DbConnection connection = postgres ? new NpgsqlConnection(args[1]) : new SqliteConnection(args[1]);
await connection.OpenAsync();
var table = postgres ? "journal.journal_mutation" : "journal_mutation";
var watch = Stopwatch.StartNew();

var indexes = await ListAsync(connection, postgres
    ? "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'journal' AND tablename = 'journal_mutation' AND indexname NOT LIKE 'PK_%'"
    : "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'journal_mutation' AND sql IS NOT NULL");
foreach (var (name, _) in indexes)
{
    await ExecuteAsync(connection, postgres ? $"DROP INDEX journal.\"{name}\"" : $"DROP INDEX \"{name}\"");
}

var depuis = Convert.ToInt64(await ScalarAsync(connection, $"SELECT coalesce(max(sequence), 0) FROM {table}"), CultureInfo.InvariantCulture);
var lignes = GenerateurMutations.Generer(count).Select(m => m with { Sequence = m.Sequence + depuis });
if (postgres)
{
    await CopyPostgresAsync((NpgsqlConnection)connection, lignes);
}
else
{
    await InsertSqliteAsync((SqliteConnection)connection, lignes);
}

Console.Error.WriteLine($"{count} mutations written in {watch.Elapsed.TotalSeconds:F0} s; recreating {indexes.Count} indexes");
foreach (var (_, definition) in indexes)
{
    await ExecuteAsync(connection, definition);
}

await ExecuteAsync(connection, postgres ? $"VACUUM ANALYZE {table}" : "ANALYZE");
Console.Error.WriteLine($"done in {watch.Elapsed.TotalSeconds:F0} s");

var random = new Random(7);
var entites = GenerateurMutations.NombreEntites(count);
await File.WriteAllLinesAsync(args[3], Enumerable.Range(0, 1000).Select(_ =>
{
    var index = random.Next(entites);
    var (module, entite) = GenerateurMutations.Type(index);
    return $"{module} {entite} {GenerateurMutations.EntiteId(index)}";
}));
return 0;

static async Task CopyPostgresAsync(NpgsqlConnection connection, IEnumerable<MutationSynthetique> lignes)
{
    await using var copy = await connection.BeginBinaryImportAsync(
        "COPY journal.journal_mutation (id, message_id, sequence, module, entite, entite_id, operation, nature, utilisateur_id, "
        + "utilisateur_email, instant, changements, empreinte) FROM STDIN (FORMAT BINARY)");
    foreach (var m in lignes)
    {
        await copy.StartRowAsync();
        await copy.WriteAsync(m.Id, NpgsqlDbType.Uuid);
        await copy.WriteAsync(m.MessageId, NpgsqlDbType.Uuid);
        await copy.WriteAsync(m.Sequence, NpgsqlDbType.Bigint);
        await copy.WriteAsync(m.Module, NpgsqlDbType.Varchar);
        await copy.WriteAsync(m.Entite, NpgsqlDbType.Varchar);
        await copy.WriteAsync(m.EntiteId, NpgsqlDbType.Varchar);
        await copy.WriteAsync(m.Operation, NpgsqlDbType.Varchar);
        await copy.WriteNullAsync();
        await copy.WriteAsync(m.UtilisateurId, NpgsqlDbType.Uuid);
        await copy.WriteAsync(m.UtilisateurEmail, NpgsqlDbType.Varchar);
        await copy.WriteAsync(m.Instant, NpgsqlDbType.TimestampTz);
        await copy.WriteAsync(m.Changements, NpgsqlDbType.Text);
        await copy.WriteAsync(Empreinte(m), NpgsqlDbType.Varchar);
    }

    await copy.CompleteAsync();
}

static async Task InsertSqliteAsync(SqliteConnection connection, IEnumerable<MutationSynthetique> lignes)
{
    await ExecuteAsync(connection, "PRAGMA synchronous = OFF");
    await ExecuteAsync(connection, "PRAGMA cache_size = -1000000");
    var transaction = connection.BeginTransaction();
    var command = connection.CreateCommand();
    command.CommandText =
        "INSERT INTO journal_mutation (id, message_id, sequence, module, entite, entite_id, operation, nature, utilisateur_id, "
        + "utilisateur_email, instant, changements, empreinte) VALUES ($id, $message, $sequence, $module, $entite, $entiteId, $operation, NULL, "
        + "$utilisateur, $email, $instant, $changements, $empreinte)";
    string[] noms = ["$id", "$message", "$sequence", "$module", "$entite", "$entiteId", "$operation", "$utilisateur", "$email", "$instant", "$changements", "$empreinte"];
    var p = noms.ToDictionary(n => n, n => command.Parameters.Add(new SqliteParameter { ParameterName = n }));
    var n = 0;
    foreach (var m in lignes)
    {
        // As EF Core stores them on SQLite: GUIDs as uppercase text, instants as "yyyy-MM-dd HH:mm:ss.FFFFFFF".
        p["$id"].Value = m.Id.ToString().ToUpperInvariant();
        p["$message"].Value = m.MessageId.ToString().ToUpperInvariant();
        p["$sequence"].Value = m.Sequence;
        p["$module"].Value = m.Module;
        p["$entite"].Value = m.Entite;
        p["$entiteId"].Value = m.EntiteId;
        p["$operation"].Value = m.Operation;
        p["$utilisateur"].Value = m.UtilisateurId.ToString().ToUpperInvariant();
        p["$email"].Value = m.UtilisateurEmail;
        p["$instant"].Value = m.Instant.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        p["$changements"].Value = m.Changements;
        p["$empreinte"].Value = Empreinte(m);
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync();
        if (++n % 200_000 == 0)
        {
            await transaction.CommitAsync();
            transaction = connection.BeginTransaction();
            Console.Error.WriteLine($"{n} mutations");
        }
    }

    await transaction.CommitAsync();
}

static string Empreinte(MutationSynthetique m) => m.Id.ToString("N") + m.MessageId.ToString("N");

static async Task<List<(string Name, string Definition)>> ListAsync(DbConnection connection, string sql)
{
    await using var command = connection.CreateCommand();
    command.CommandText = sql;
    await using var reader = await command.ExecuteReaderAsync();
    var rows = new List<(string, string)>();
    while (await reader.ReadAsync())
    {
        rows.Add((reader.GetString(0), reader.GetString(1)));
    }

    return rows;
}

static async Task ExecuteAsync(DbConnection connection, string sql)
{
    await using var command = connection.CreateCommand();
    command.CommandText = sql;
    command.CommandTimeout = 0;
    await command.ExecuteNonQueryAsync();
}

static async Task<object?> ScalarAsync(DbConnection connection, string sql)
{
    await using var command = connection.CreateCommand();
    command.CommandText = sql;
    return await command.ExecuteScalarAsync();
}
