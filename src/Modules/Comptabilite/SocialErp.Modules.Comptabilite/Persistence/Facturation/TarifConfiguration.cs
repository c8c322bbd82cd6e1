using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Facturation;

namespace SocialErp.Modules.Comptabilite.Persistence.Facturation;

internal sealed class TarifConfiguration : IEntityTypeConfiguration<Tarif>
{
    public void Configure(EntityTypeBuilder<Tarif> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Code).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(t => t.Libelle).HasMaxLength(CompteConfiguration.LibelleMaxLength);
        builder.Property(t => t.TypePrestation).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(t => t.Unite).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(t => t.Prix).HasPrecision(18, 2);
        builder.HasIndex(t => new { t.Code, t.ValideDu }).IsUnique();
    }
}
