using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class ValeursChampsConfiguration : IEntityTypeConfiguration<ValeursChamps>
{
    public void Configure(EntityTypeBuilder<ValeursChamps> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasIndex(v => v.DossierId).IsUnique();
        builder.HasOne<Dossier>().WithMany().HasForeignKey(v => v.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Valeurs).WithOne().HasForeignKey(v => v.ValeursChampsId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName(ValeurChampConfiguration.ForeignKeyName);
    }
}
