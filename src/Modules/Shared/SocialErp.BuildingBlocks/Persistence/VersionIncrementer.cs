using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SocialErp.SharedKernel.Domain;

namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>
/// Sets version 1 on new aggregates and increments it on changed ones. The original value stays the
/// concurrency check, so two writers of the same version cannot both succeed.
/// </summary>
internal static class VersionIncrementer
{
    public static void Apply(ChangeTracker changeTracker)
    {
        foreach (var entry in changeTracker.Entries<IVersionedEntity>())
        {
            var version = entry.Property(e => e.Version);
            switch (entry.State)
            {
                case EntityState.Added:
                    version.CurrentValue = 1;
                    break;
                case EntityState.Modified:
                    version.CurrentValue = version.OriginalValue + 1;
                    break;
            }
        }
    }
}
