using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Facturation;

namespace SocialErp.Modules.Comptabilite.Persistence.Facturation;

internal sealed class SeanceProjeteeConfiguration : IEntityTypeConfiguration<SeanceProjetee>
{
    public void Configure(EntityTypeBuilder<SeanceProjetee> builder)
    {
        builder.HasKey(s => s.SeanceId);
        builder.Property(s => s.SeanceId).ValueGeneratedNever();
        builder.Property(s => s.DureeHeures).HasPrecision(18, 2);
        builder.Property(s => s.Etat).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(s => s.Presence).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Ignore(s => s.EstFacturable);

        // A run reads a month's sessions.
        builder.HasIndex(s => new { s.Jour, s.DossierId });
    }
}
