using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SocialErp.SharedKernel.Domain;

namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>House conventions applied after each module's configuration: names, versions.</summary>
internal static class ModelConventions
{
    public static void Apply(ModelBuilder modelBuilder, string module)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (!entityType.IsOwned() && entityType.GetTableName() == entityType.GetDefaultTableName())
            {
                entityType.SetTableName(NamingConventions.TableName(module, entityType.ClrType.Name));
            }

            foreach (var property in entityType.GetProperties())
            {
                var storeObject = StoreObjectIdentifier.Create(entityType, StoreObjectType.Table);
                if (storeObject is { } table && property.GetColumnName(table) == property.GetDefaultColumnName(table))
                {
                    property.SetColumnName(NamingConventions.ToSnakeCase(property.Name));
                }
            }

            if (typeof(IVersionedEntity).IsAssignableFrom(entityType.ClrType))
            {
                entityType.FindProperty(nameof(IVersionedEntity.Version))!.IsConcurrencyToken = true;
            }
        }
    }
}
