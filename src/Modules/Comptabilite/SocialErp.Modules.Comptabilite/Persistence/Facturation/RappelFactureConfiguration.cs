using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Facturation;

namespace SocialErp.Modules.Comptabilite.Persistence.Facturation;

internal sealed class RappelFactureConfiguration : IEntityTypeConfiguration<RappelFacture>
{
    public void Configure(EntityTypeBuilder<RappelFacture> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => new { r.FactureId, r.Niveau }).IsUnique();
    }
}
