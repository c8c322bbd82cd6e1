using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using SocialErp.SharedKernel.Domain;

namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>
/// Sets version 1 on new aggregates and increments it on changed ones — also when only a part of the aggregate
/// changed (a child the root reaches through a navigation, such as an address). The original value stays the
/// concurrency check, so two writers of the same version cannot both succeed.
/// </summary>
internal static class VersionIncrementer
{
    public static void Apply(ChangeTracker changeTracker)
    {
        var entries = changeTracker.Entries().ToList();
        var changedRoots = new HashSet<EntityEntry>(entries.Where(e => e.Entity is IVersionedEntity && e.State == EntityState.Modified));
        foreach (var part in entries.Where(e => e.Entity is not IVersionedEntity && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            foreach (var root in OwningRoots(part, entries))
            {
                changedRoots.Add(root);
            }
        }

        foreach (var entry in entries.Where(e => e.Entity is IVersionedEntity && e.State == EntityState.Added))
        {
            entry.Property(nameof(IVersionedEntity.Version)).CurrentValue = 1L;
        }

        foreach (var root in changedRoots.Where(r => r.State != EntityState.Deleted))
        {
            var version = root.Property(nameof(IVersionedEntity.Version));
            version.CurrentValue = (long)version.OriginalValue! + 1;
        }
    }

    /// <summary>The tracked aggregate roots that reach <paramref name="part"/> through a navigation.</summary>
    private static IEnumerable<EntityEntry> OwningRoots(EntityEntry part, List<EntityEntry> entries)
    {
        foreach (var foreignKey in part.Metadata.GetForeignKeys())
        {
            if (foreignKey.PrincipalToDependent is null
                || !typeof(IVersionedEntity).IsAssignableFrom(foreignKey.PrincipalEntityType.ClrType))
            {
                continue;
            }

            var values = foreignKey.Properties.Select(p => Value(part, p)).ToArray();
            var root = entries.FirstOrDefault(e =>
                e.Metadata == foreignKey.PrincipalEntityType
                && foreignKey.PrincipalKey.Properties.Select(p => e.Property(p.Name).CurrentValue).SequenceEqual(values));
            if (root is { State: EntityState.Unchanged or EntityState.Modified })
            {
                yield return root;
            }
        }
    }

    private static object? Value(EntityEntry entry, IProperty property) =>
        entry.State == EntityState.Deleted ? entry.Property(property.Name).OriginalValue : entry.Property(property.Name).CurrentValue;
}
