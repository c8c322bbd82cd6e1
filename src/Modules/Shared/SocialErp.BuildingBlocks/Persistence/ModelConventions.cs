using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.SharedKernel.Domain;

namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>House conventions applied after a context's configuration: snake_case names, module prefix, versions.</summary>
public static class ModelConventions
{
    public static void Apply(ModelBuilder modelBuilder, string module)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            var tableConfiguredBy = ((IConventionEntityType)entityType).GetTableNameConfigurationSource();
            if (!entityType.IsOwned() && tableConfiguredBy is not (ConfigurationSource.Explicit or ConfigurationSource.DataAnnotation))
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
