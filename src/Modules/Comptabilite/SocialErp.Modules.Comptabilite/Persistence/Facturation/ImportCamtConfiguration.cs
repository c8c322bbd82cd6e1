using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Facturation;

namespace SocialErp.Modules.Comptabilite.Persistence.Facturation;

internal sealed class ImportCamtConfiguration : IEntityTypeConfiguration<ImportCamt>
{
    public void Configure(EntityTypeBuilder<ImportCamt> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Version).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(i => i.IdentifiantMessage).HasMaxLength(35);
        builder.Property(i => i.Total).HasPrecision(18, 2);
    }
}
