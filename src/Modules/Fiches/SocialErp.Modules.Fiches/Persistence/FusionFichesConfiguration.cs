using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Persistence;

internal sealed class FusionFichesConfiguration : IEntityTypeConfiguration<FusionFiches>
{
    public void Configure(EntityTypeBuilder<FusionFiches> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Ignore(f => f.Trace);
        builder.HasOne<Fiche>().WithMany().HasForeignKey(f => f.ConserveeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Fiche>().WithMany().HasForeignKey(f => f.AbsorbeeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.ConserveeId);
        builder.HasIndex(f => f.AbsorbeeId);
    }
}
