using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Persistence;

internal sealed class ForcageDoublonConfiguration : IEntityTypeConfiguration<ForcageDoublon>
{
    public const int MotifMaxLength = 500;

    public void Configure(EntityTypeBuilder<ForcageDoublon> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Motif).HasMaxLength(MotifMaxLength);
        builder.HasOne<Fiche>().WithMany().HasForeignKey(f => f.FicheId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.FicheId);
    }
}
