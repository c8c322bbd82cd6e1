using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class TracePeriodeConfiguration : IEntityTypeConfiguration<TracePeriode>
{
    public const int MotifMaxLength = 500;

    public void Configure(EntityTypeBuilder<TracePeriode> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Action).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(t => t.Motif).HasMaxLength(MotifMaxLength);
        builder.HasIndex(t => new { t.Annee, t.Mois });
    }
}
