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
/// allows, inside the current transaction: a statement joins the pending command, which is sent when the next one
/// would overflow it, the rest by <see cref="ExecuteAsync"/>. A save that writes an entry, its lines, its outbox rows
/// and its balances sends them in one round trip. Parameters are built by each property's own type mapping
/// (converters included), so values compare equal to what EF writes and reads. A refusal by the database surfaces as
/// EF's own would, a <see cref="DbUpdateException"/> naming the entries of the statements sent.
/// </summary>
public sealed class MultiRowCommand : IAsyncDisposable
{
    // Far below the caps (PostgreSQL 65 535 parameters per command, SQLite 32 766): SQLite binds each named parameter
    // by scanning the statement's names, so a command's binding grows with the square of its parameters (at 1 000 a
    // command, the name lookups alone were 4 % of a budget run's CPU); PostgreSQL pays a round trip per command instead.
    private const int MaxParametersSqlite = 250;
    private const int MaxParameters = 1_000;
    private const int MaxRows = 500;

    private readonly DbContext _db;
    private readonly DbCommand _command;
    private readonly ISqlGenerationHelper _sql;
    private readonly int _maxParameters;
    private readonly StringBuilder _text = new();
    private readonly List<EntityEntry> _entries = [];

    public MultiRowCommand(DbContext db)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Multi-row inserts run inside the save's transaction: open one first.");
        _db = db;
        _sql = db.GetService<ISqlGenerationHelper>();
        _maxParameters = db.Database.IsSqlite() ? MaxParametersSqlite : MaxParameters;

        // A command of the connection itself: EF's raw SQL path looks each parameter up among those already added,
        // quadratic again.
        _command = transaction.Connection!.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandTimeout = db.Database.GetCommandTimeout() ?? _command.CommandTimeout;
    }

    /// <summary>
    /// Adds <c>INSERT INTO table (columns) VALUES (…), (…) [suffix]</c> for <paramref name="rows"/> (one value per
    /// property, in order); a suffix such as <c>ON CONFLICT … DO UPDATE</c> makes it an upsert. <paramref name="entries"/>
    /// are the tracked rows written, named by the error if the database refuses them.
    /// </summary>
    public async Task AddAsync(
        IEntityType entityType, IReadOnlyList<IProperty> properties, IEnumerable<object?[]> rows, string suffix,
        IReadOnlyList<EntityEntry>? entries, CancellationToken cancellationToken)
    {
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToArray();
        var header = $"INSERT INTO {_sql.DelimitIdentifier(table.Name, table.Schema)} "
            + $"({string.Join(", ", properties.Select(p => _sql.DelimitIdentifier(p.GetColumnName(table)!)))}) VALUES ";
        var rowsPerStatement = Math.Clamp(_maxParameters / properties.Count, 1, MaxRows);
        foreach (var chunk in rows.Chunk(rowsPerStatement))
        {
            if (_command.Parameters.Count > 0 && _command.Parameters.Count + (chunk.Length * properties.Count) > _maxParameters)
            {
                await SendAsync(cancellationToken);
            }

            _text.Append(_text.Length == 0 ? string.Empty : ";\n").Append(header);
            for (var row = 0; row < chunk.Length; row++)
            {
                _text.Append(row == 0 ? "(" : ", (");
                for (var i = 0; i < properties.Count; i++)
                {
                    var name = $"p{_command.Parameters.Count}";
                    _command.Parameters.Add(mappings[i].CreateParameter(_command, _sql.GenerateParameterName(name), chunk[row][i], properties[i].IsNullable));
                    _text.Append(i == 0 ? string.Empty : ", ").Append(_sql.GenerateParameterNamePlaceholder(name));
                }

                _text.Append(')');
            }

            _text.Append(suffix);
        }

        if (entries is not null)
        {
            _entries.AddRange(entries);
        }
    }

    /// <summary>Sends what is still pending.</summary>
    public Task ExecuteAsync(CancellationToken cancellationToken) => SendAsync(cancellationToken);

    public ValueTask DisposeAsync() => _command.DisposeAsync();

    private async Task SendAsync(CancellationToken cancellationToken)
    {
        if (_text.Length == 0)
        {
            return;
        }

        _command.CommandText = _text.ToString();
        try
        {
            await _command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (DbException ex)
        {
            throw new DbUpdateException("An error occurred while saving the entity changes. See the inner exception for details.", ex, _entries.ToList());
        }

        _command.Parameters.Clear();
        _text.Clear();
        _entries.Clear();
    }
}
