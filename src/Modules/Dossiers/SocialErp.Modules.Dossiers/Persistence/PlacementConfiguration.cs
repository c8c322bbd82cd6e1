using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public const int RemarqueMaxLength = 500;

    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.StructureCode).HasMaxLength(StructureConfiguration.CodeMaxLength);
        builder.Property(p => p.PlaceCode).HasMaxLength(StructureConfiguration.CodeMaxLength);
        builder.Property(p => p.PlanningCode).HasMaxLength(StructureConfiguration.CodeMaxLength);
        builder.Property(p => p.Jours).HasMaxLength(PlanningTypeConfiguration.JoursMaxLength);
        builder.Property(p => p.Remarque).HasMaxLength(RemarqueMaxLength);
        builder.HasIndex(p => p.DossierId);
        builder.HasIndex(p => p.PlaceCode);
        builder.HasIndex(p => p.FicheId);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(p => p.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}
