using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>
/// Writes the added rows of chosen entity types with multi-row <c>INSERT … VALUES (…), (…)</c> commands instead of
/// EF's one command per row (SQLite does not batch), for saves that insert thousands of rows, and gathered with the
/// save's other statements into one round trip (<see cref="MultiRowCommand"/>). It runs inside the save's
/// transaction, which the caller opens; the written entries become unchanged (detached when the database
/// generates their key, which is not read back: write-only rows such as the outbox), so EF writes the rest of the
/// save. A refusal by the database surfaces as EF's own would, a <see cref="DbUpdateException"/>.
/// A type is left to EF when its mapping is more than plain columns (owned or complex parts, inheritance, values
/// the database generates besides the key) or when one of its principals has added rows not written before it.
/// </summary>
public static class MultiRowInsert
{
    /// <summary>Writes the added rows of <paramref name="types"/>, principals first (in the order given); returns the entries written.</summary>
    public static async Task<IReadOnlyList<EntityEntry>> WriteAsync(DbContext db, IReadOnlyList<Type> types, CancellationToken cancellationToken)
    {
        using var command = new MultiRowCommand(db);
        var entries = Add(command, db, types);
        await command.ExecuteAsync(cancellationToken);
        return MarkWritten(entries);
    }

    /// <summary>
    /// Adds the inserts of the added rows of <paramref name="types"/> to <paramref name="command"/>, principals first
    /// (in the order given), for the caller to send with statements of its own; once sent, <see cref="MarkWritten"/>.
    /// </summary>
    public static IReadOnlyList<EntityEntry> Add(MultiRowCommand command, DbContext db, IReadOnlyList<Type> types)
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

            var properties = entityType.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToArray();
            command.Add(entityType, properties, entries.Select(e => Values(e, properties)), string.Empty, entries);
            writtenTypes.Add(entityType);
            written.AddRange(entries);
        }

        return written;
    }

    /// <summary>
    /// Makes written entries unchanged, so EF writes only the rest of the save (detached when the database generates
    /// their key, which is not read back: write-only rows such as the outbox).
    /// </summary>
    public static IReadOnlyList<EntityEntry> MarkWritten(IReadOnlyList<EntityEntry> written)
    {
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

    /// <summary>
    /// Runs <c>INSERT INTO table (columns) VALUES (…), (…) [suffix]</c> for <paramref name="rows"/> (one value per
    /// property, in order), in commands of bounded size, inside the current transaction (<see cref="MultiRowCommand"/>).
    /// </summary>
    public static async Task ExecuteAsync(
        DbContext db, IEntityType entityType, IReadOnlyList<IProperty> properties, IEnumerable<object?[]> rows, string suffix, CancellationToken cancellationToken)
    {
        using var command = new MultiRowCommand(db);
        command.Add(entityType, properties, rows, suffix);
        await command.ExecuteAsync(cancellationToken);
    }

    private static bool Supported(IEntityType entityType, List<EntityEntry> entries) =>
        entityType.GetTableName() is not null
        && entityType.BaseType is null && !entityType.GetDirectlyDerivedTypes().Any()
        && !entityType.GetComplexProperties().Any()
        && !entityType.GetNavigations().Any(n => n.ForeignKey.IsOwnership)
        && !entityType.IsOwned()
        && entityType.GetProperties().All(p => p.ValueGenerated == ValueGenerated.Never
            || (p.IsPrimaryKey() && entries.All(e => e.Property(p.Name).IsTemporary)));

    private static object?[] Values(EntityEntry entry, IProperty[] properties)
    {
        var current = entry.CurrentValues;
        return Array.ConvertAll(properties, p => current[p]);
    }
}
