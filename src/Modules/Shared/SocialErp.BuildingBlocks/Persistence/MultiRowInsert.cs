using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>
/// Writes the added rows of chosen entity types with multi-row <c>INSERT … VALUES (…), (…)</c> commands instead of
/// EF's one command per row (SQLite does not batch), for saves that insert thousands of rows, and gathered with the
/// save's other statements into one round trip (<see cref="MultiRowCommand"/>, which says when that command may run
/// outside a transaction); the written entries become unchanged (detached when the database
/// generates their key, which is not read back: write-only rows such as the outbox), so EF writes the rest of the
/// save. A refusal by the database surfaces as EF's own would, a <see cref="DbUpdateException"/>.
/// A type is left to EF when its mapping is more than plain columns (owned or complex parts, inheritance, values
/// the database generates besides the key) or when one of its principals has added rows not written before it.
/// </summary>
public static class MultiRowInsert
{
    /// <summary>
    /// Adds the inserts of the added rows of <paramref name="types"/> among the save's <paramref name="pending"/>
    /// entries to <paramref name="command"/>, principals first (in the order given), for the caller to send with
    /// statements of its own; once sent, <see cref="MarkWritten"/>.
    /// </summary>
    public static IReadOnlyList<EntityEntry> Add(MultiRowCommand command, DbContext db, IEnumerable<EntityEntry> pending, IReadOnlyList<Type> types)
    {
        var added = pending.Where(e => e.State == EntityState.Added).GroupBy(e => e.Metadata).ToDictionary(g => g.Key, g => g.ToList());
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
