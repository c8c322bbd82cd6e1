using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SocialErp.SharedKernel.Audit;
using SocialErp.SharedKernel.Domain;
using SocialErp.SharedKernel.Security;

namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>Turns a save's tracked inserts, updates and deletes of audited entities into one audit event.</summary>
internal static class AuditCapture
{
    private static readonly ConcurrentDictionary<Type, bool> Audites = new();

    /// <returns>null when the save changes no audited entity.</returns>
    public static MutationsEnregistreesIntegrationEvent? Capture(
        ChangeTracker changeTracker, string module, ICurrentUser user, DateTime now)
    {
        var mutations = new List<MutationEntite>();
        foreach (var entry in changeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || !Audite(entry.Metadata.ClrType)
                || entry is { State: EntityState.Added, Entity: ICreeeParEvenement { CreeeParEvenement: true } })
            {
                continue;
            }

            var changements = Changements(entry);
            if (entry.State == EntityState.Modified && changements.Count == 0)
            {
                continue;
            }

            mutations.Add(new MutationEntite(
                entry.Metadata.ClrType.Name,
                KeyOf(entry),
                entry.State switch
                {
                    EntityState.Added => OperationMutation.Creation,
                    EntityState.Deleted => OperationMutation.Suppression,
                    _ => OperationMutation.Modification,
                },
                changements));
        }

        return mutations.Count == 0
            ? null
            : new MutationsEnregistreesIntegrationEvent(module, user.Id, user.Email, now, mutations) { OccurredAt = now };
    }

    // Read once per type: a bulk save asks for every one of its thousands of rows.
    private static bool Audite(Type type) => Audites.GetOrAdd(type, t => t.GetCustomAttribute<NonAuditeAttribute>() is null);

    private static List<ChangementChamp> Changements(EntityEntry entry)
    {
        var changements = new List<ChangementChamp>();
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.Name == nameof(IVersionedEntity.Version) || property.Metadata.IsShadowProperty())
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added when property.CurrentValue is not null:
                    changements.Add(new ChangementChamp(property.Metadata.Name, null, Format(property.CurrentValue)));
                    break;
                case EntityState.Deleted when property.OriginalValue is not null:
                    changements.Add(new ChangementChamp(property.Metadata.Name, Format(property.OriginalValue), null));
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changements.Add(new ChangementChamp(
                        property.Metadata.Name, Format(property.OriginalValue), Format(property.CurrentValue)));
                    break;
            }
        }

        return changements;
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join('|', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime instant => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
