using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class RemiseDetteConfiguration : IEntityTypeConfiguration<RemiseDette>
{
    public void Configure(EntityTypeBuilder<RemiseDette> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Categorie).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(r => r.Motif).HasMaxLength(TracePeriodeConfiguration.MotifMaxLength);
        builder.Property(r => r.Decision).HasMaxLength(CompteConfiguration.LibelleMaxLength);
        builder.HasOne<Ecriture>().WithMany().HasForeignKey(r => r.EcritureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.FicheId);
    }
}
