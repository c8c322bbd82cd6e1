using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Persistence;

internal sealed class RelationFicheConfiguration : IEntityTypeConfiguration<RelationFiche>
{
    public void Configure(EntityTypeBuilder<RelationFiche> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Fiche>().WithMany().HasForeignKey(r => r.FicheId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Fiche>().WithMany().HasForeignKey(r => r.FicheLieeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.FicheId, r.Type });
        builder.HasIndex(r => r.FicheLieeId);
    }
}
