using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Facturation;

namespace SocialErp.Modules.Comptabilite.Persistence.Facturation;

internal sealed class CoFinanceurProjeteConfiguration : IEntityTypeConfiguration<CoFinanceurProjete>
{
    public void Configure(EntityTypeBuilder<CoFinanceurProjete> builder)
    {
        builder.HasKey(c => new { c.DossierId, c.FicheId });
        builder.Property(c => c.Part).HasPrecision(18, 2);
    }
}
