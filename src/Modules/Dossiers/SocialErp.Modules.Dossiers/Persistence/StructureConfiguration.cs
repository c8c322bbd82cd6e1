using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class StructureConfiguration : IEntityTypeConfiguration<Structure>
{
    public const int CodeMaxLength = 30;
    public const int LibelleMaxLength = 100;
    public const int TypeMaxLength = 20;

    public void Configure(EntityTypeBuilder<Structure> builder)
    {
        builder.HasKey(s => s.Code);
        builder.Property(s => s.Code).HasMaxLength(CodeMaxLength);
        builder.Property(s => s.Libelle).HasMaxLength(LibelleMaxLength);
        builder.Property(s => s.Type).HasMaxLength(TypeMaxLength);
        builder.HasMany(s => s.Places).WithOne().HasForeignKey(p => p.StructureCode).OnDelete(DeleteBehavior.Cascade);
    }
}
