using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>
/// Multi-row statements (<c>INSERT … VALUES (…), (…) [suffix]</c>) gathered into as few commands as the parameter cap
/// allows, sent in order by <see cref="ExecuteAsync"/>: a save that writes an entry, its lines, its outbox rows and its
/// balances sends them in one round trip. Parameters are built by each property's own type mapping (converters
/// included), so values compare equal to what EF writes and reads. A refusal by the database surfaces as EF's own
/// would, a <see cref="DbUpdateException"/> naming the entries of the statements sent.
/// </summary>
public sealed class MultiRowCommand(DbContext db) : IDisposable
{
    // Far below the caps (PostgreSQL 65 535 parameters per command, SQLite 32 766): SQLite binds each named parameter
    // by scanning the statement's names, so a command's binding grows with the square of its parameters (at 1 000 a
    // command, the name lookups alone were 4 % of a budget run's CPU); PostgreSQL pays a round trip per command instead.
    private const int MaxParametersSqlite = 250;
    private const int MaxParameters = 1_000;
    private const int MaxRows = 500;

    private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();
    private readonly bool _sqlite = db.Database.IsSqlite();
    // Creates the parameters (the type mappings build them from a command of the provider); never executed.
    private readonly DbCommand _factory = db.Database.GetDbConnection().CreateCommand();
    private readonly List<Lot> _lots = [];

    /// <summary>
    /// Everything fits in one command, which PostgreSQL runs as one implicit transaction (its statements share one
    /// sync): it may be sent outside any transaction and still write all or nothing. Never on SQLite, where each
    /// statement outside a transaction commits on its own.
    /// </summary>
    public bool CanRunAlone => !_sqlite && _lots.Count <= 1;

    private int MaxParametersPerCommand => _sqlite ? MaxParametersSqlite : MaxParameters;

    /// <summary>
    /// Adds <c>INSERT INTO table (columns) VALUES (…), (…) [suffix]</c> for <paramref name="rows"/> (one value per
    /// property, in order); a suffix such as <c>ON CONFLICT … DO UPDATE</c> makes it an upsert. <paramref name="entries"/>
    /// are the tracked rows written, named by the error if the database refuses them.
    /// </summary>
    public void Add(
        IEntityType entityType, IReadOnlyList<IProperty> properties, IEnumerable<object?[]> rows, string suffix, IReadOnlyList<EntityEntry>? entries = null)
    {
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToArray();
        var header = $"INSERT INTO {_sql.DelimitIdentifier(table.Name, table.Schema)} "
            + $"({string.Join(", ", properties.Select(p => _sql.DelimitIdentifier(p.GetColumnName(table)!)))}) VALUES ";
        var rowsPerStatement = Math.Clamp(MaxParametersPerCommand / properties.Count, 1, MaxRows);
        foreach (var chunk in rows.Chunk(rowsPerStatement))
        {
            var lot = _lots.Count > 0 && _lots[^1].Parameters.Count + (chunk.Length * properties.Count) <= MaxParametersPerCommand ? _lots[^1] : NewLot();
            lot.Text.Append(lot.Text.Length == 0 ? string.Empty : ";\n").Append(header);
            for (var row = 0; row < chunk.Length; row++)
            {
                lot.Text.Append(row == 0 ? "(" : ", (");
                for (var i = 0; i < properties.Count; i++)
                {
                    var name = $"p{lot.Parameters.Count}";
                    lot.Parameters.Add(mappings[i].CreateParameter(_factory, _sql.GenerateParameterName(name), chunk[row][i], properties[i].IsNullable));
                    lot.Text.Append(i == 0 ? string.Empty : ", ").Append(_sql.GenerateParameterNamePlaceholder(name));
                }

                lot.Text.Append(')');
            }

            lot.Text.Append(suffix);
            if (entries is not null && !lot.Entries.Contains(entries))
            {
                lot.Entries.Add(entries);
            }
        }
    }

    /// <summary>
    /// Sends the commands, in the save's transaction; without one, only what <see cref="CanRunAlone"/> (one command on
    /// PostgreSQL, all or nothing).
    /// </summary>
    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (transaction is null && !CanRunAlone)
        {
            throw new InvalidOperationException("These multi-row inserts take several commands (or run on SQLite): open the save's transaction first.");
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var lot in _lots)
            {
                await SendAsync(lot, transaction, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        _lots.Clear();
    }

    public void Dispose() => _factory.Dispose();

    private async Task SendAsync(Lot lot, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        // A command of the connection itself: EF's raw SQL path looks each parameter up among those already added,
        // quadratic again.
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
        command.CommandText = lot.Text.ToString();
        command.Parameters.AddRange(lot.Parameters.ToArray());
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (DbException ex)
        {
            throw new DbUpdateException(
                "An error occurred while saving the entity changes. See the inner exception for details.", ex, lot.Entries.SelectMany(e => e).ToList());
        }
    }

    private Lot NewLot()
    {
        var lot = new Lot();
        _lots.Add(lot);
        return lot;
    }

    /// <summary>One command's text, parameters and the tracked rows it writes.</summary>
    private sealed class Lot
    {
        public StringBuilder Text { get; } = new();

        public List<DbParameter> Parameters { get; } = [];

        public List<IReadOnlyList<EntityEntry>> Entries { get; } = [];
    }
}
