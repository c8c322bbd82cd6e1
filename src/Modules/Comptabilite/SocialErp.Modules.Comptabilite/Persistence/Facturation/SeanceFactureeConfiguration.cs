using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Facturation;

namespace SocialErp.Modules.Comptabilite.Persistence.Facturation;

internal sealed class SeanceFactureeConfiguration : IEntityTypeConfiguration<SeanceFacturee>
{
    public void Configure(EntityTypeBuilder<SeanceFacturee> builder)
    {
        // A session is billed to a funder once: two concurrent runs cannot both take it.
        builder.HasKey(s => new { s.SeanceId, s.FinanceurId });
        builder.Property(s => s.Periode).HasMaxLength(7);
        builder.Property(s => s.Heures).HasPrecision(18, 2);
        builder.Property(s => s.Montant).HasPrecision(18, 2);
        builder.HasIndex(s => s.DossierId);
        builder.HasIndex(s => s.FactureId);
    }
}
