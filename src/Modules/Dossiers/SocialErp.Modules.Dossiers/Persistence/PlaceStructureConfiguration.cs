using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class PlaceStructureConfiguration : IEntityTypeConfiguration<PlaceStructure>
{
    public void Configure(EntityTypeBuilder<PlaceStructure> builder)
    {
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(StructureConfiguration.CodeMaxLength);
        builder.Property(p => p.StructureCode).HasMaxLength(StructureConfiguration.CodeMaxLength);
        builder.Property(p => p.Libelle).HasMaxLength(StructureConfiguration.LibelleMaxLength);
        builder.HasIndex(p => p.StructureCode);
    }
}
