using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class SeanceConfiguration : IEntityTypeConfiguration<Seance>
{
    public const int IntituleMaxLength = 200;

    public void Configure(EntityTypeBuilder<Seance> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Etat).HasMaxLength(DossierConfiguration.StatutMaxLength);
        builder.Property(s => s.Presence).HasMaxLength(DossierConfiguration.StatutMaxLength);
        builder.Property(s => s.Intitule).HasMaxLength(IntituleMaxLength);
        builder.Property(s => s.Lieu).HasMaxLength(IntituleMaxLength);
        builder.Property(s => s.MotifAnnulation).HasMaxLength(DossierConfiguration.MotifMaxLength);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(s => s.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.DossierId, s.Debut });
    }
}
