using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Facturation;

namespace SocialErp.Modules.Comptabilite.Persistence.Facturation;

internal sealed class MouvementSeanceConfiguration : IEntityTypeConfiguration<MouvementSeance>
{
    public void Configure(EntityTypeBuilder<MouvementSeance> builder)
    {
        // The rank in the key: two concurrent runs writing the same next movement collide, one rolls back.
        builder.HasKey(m => new { m.ObjetId, m.FinanceurId, m.Periode, m.Rang });
        builder.Property(m => m.Periode).HasMaxLength(7);
        builder.Property(m => m.Nature).HasMaxLength(20);
        builder.Property(m => m.Heures).HasPrecision(18, 2);
        builder.Property(m => m.Montant).HasPrecision(18, 2);
        builder.HasIndex(m => new { m.DossierId, m.Periode });
        builder.HasIndex(m => m.FactureId);
    }
}
