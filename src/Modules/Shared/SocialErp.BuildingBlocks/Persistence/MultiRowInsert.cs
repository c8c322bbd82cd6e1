using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>
/// Writes the added rows of chosen entity types with multi-row <c>INSERT … VALUES (…), (…)</c> commands instead of
/// EF's one command per row (SQLite does not batch), for saves that insert thousands of rows. It runs inside the
/// save's transaction, which the caller opens; the written entries become unchanged (detached when the database
/// generates their key, which is not read back: write-only rows such as the outbox), so EF writes the rest of the
/// save. A refusal by the database surfaces as EF's own would, a <see cref="DbUpdateException"/>.
/// A type is left to EF when its mapping is more than plain columns (owned or complex parts, inheritance, values
/// the database generates besides the key) or when one of its principals has added rows not written before it.
/// </summary>
public static class MultiRowInsert
{
    // Far below the caps (PostgreSQL 65 535 parameters per command, SQLite 32 766): SQLite binds each named parameter
    // by scanning the statement's names, so a command's binding grows with the square of its parameters (at 1 000 a
    // command, the name lookups alone were 4 % of a budget run's CPU); PostgreSQL pays a round trip per command instead.
    private const int MaxParametersSqlite = 250;
    private const int MaxParameters = 1_000;
    private const int MaxRows = 500;

    /// <summary>Writes the added rows of <paramref name="types"/>, principals first (in the order given); returns the entries written.</summary>
    public static async Task<IReadOnlyList<EntityEntry>> WriteAsync(DbContext db, IReadOnlyList<Type> types, CancellationToken cancellationToken)
    {
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).GroupBy(e => e.Metadata).ToDictionary(g => g.Key, g => g.ToList());
        var written = new List<EntityEntry>();
        var writtenTypes = new HashSet<IEntityType>();
        foreach (var type in types)
        {
            var entityType = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not mapped by {db.GetType().Name}.");
            if (!added.TryGetValue(entityType, out var entries)
                || !Supported(entityType, entries)
                || entityType.GetForeignKeys().Any(fk => added.ContainsKey(fk.PrincipalEntityType) && !writtenTypes.Contains(fk.PrincipalEntityType)))
            {
                continue;
            }

            await InsertAsync(db, entityType, entries, cancellationToken);
            writtenTypes.Add(entityType);
            written.AddRange(entries);
        }

        foreach (var entry in written)
        {
            entry.State = entry.Metadata.FindPrimaryKey()!.Properties.Any(p => entry.Property(p.Name).IsTemporary) ? EntityState.Detached : EntityState.Unchanged;
        }

        return written;
    }

    /// <summary>Puts written entries back as added: the save failed after writing them and rolled back.</summary>
    public static void Restore(DbContext db, IEnumerable<EntityEntry> written)
    {
        foreach (var entry in written)
        {
            db.Entry(entry.Entity).State = EntityState.Added;
        }
    }

    private static bool Supported(IEntityType entityType, List<EntityEntry> entries) =>
        entityType.GetTableName() is not null
        && entityType.BaseType is null && !entityType.GetDirectlyDerivedTypes().Any()
        && !entityType.GetComplexProperties().Any()
        && !entityType.GetNavigations().Any(n => n.ForeignKey.IsOwnership)
        && !entityType.IsOwned()
        && entityType.GetProperties().All(p => p.ValueGenerated == ValueGenerated.Never
            || (p.IsPrimaryKey() && entries.All(e => e.Property(p.Name).IsTemporary)));

    /// <summary>
    /// Runs <c>INSERT INTO table (columns) VALUES (…), (…) [suffix]</c> for <paramref name="rows"/> (one value per
    /// property, in order), in commands of bounded size, inside the current transaction. Parameters are built by each
    /// property's own type mapping (converters included), so values compare equal to what EF writes and reads. A suffix
    /// such as <c>ON CONFLICT … DO UPDATE</c> makes it an upsert.
    /// </summary>
    public static async Task ExecuteAsync(
        DbContext db, IEntityType entityType, IReadOnlyList<IProperty> properties, IEnumerable<object?[]> rows, string suffix, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Multi-row inserts run inside the save's transaction: open one first.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToArray();
        var header = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} "
            + $"({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) VALUES ";
        var maxParameters = db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true ? MaxParametersSqlite : MaxParameters;
        var rowsPerCommand = Math.Clamp(maxParameters / properties.Count, 1, MaxRows);

        // A command of the connection itself: EF's raw SQL path looks each parameter up among those already added,
        // quadratic again.
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
        foreach (var chunk in rows.Chunk(rowsPerCommand))
        {
            var text = new StringBuilder(header, header.Length + (chunk.Length * properties.Count * 8) + suffix.Length);
            command.Parameters.Clear();
            foreach (var values in chunk)
            {
                text.Append(command.Parameters.Count == 0 ? "(" : ", (");
                for (var i = 0; i < properties.Count; i++)
                {
                    var name = $"p{command.Parameters.Count}";
                    command.Parameters.Add(mappings[i].CreateParameter(command, sql.GenerateParameterName(name), values[i], properties[i].IsNullable));
                    text.Append(i == 0 ? string.Empty : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                }

                text.Append(')');
            }

            command.CommandText = text.Append(suffix).ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task InsertAsync(DbContext db, IEntityType entityType, List<EntityEntry> entries, CancellationToken cancellationToken)
    {
        var properties = entityType.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToArray();
        try
        {
            await ExecuteAsync(db, entityType, properties, entries.Select(e => Values(e, properties)), string.Empty, cancellationToken);
        }
        catch (DbException ex)
        {
            throw new DbUpdateException("An error occurred while saving the entity changes. See the inner exception for details.", ex, entries);
        }
    }

    private static object?[] Values(EntityEntry entry, IProperty[] properties)
    {
        var current = entry.CurrentValues;
        return Array.ConvertAll(properties, p => current[p]);
    }
}
