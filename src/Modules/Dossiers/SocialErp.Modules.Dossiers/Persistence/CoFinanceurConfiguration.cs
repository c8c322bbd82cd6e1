using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class CoFinanceurConfiguration : IEntityTypeConfiguration<CoFinanceur>
{
    public void Configure(EntityTypeBuilder<CoFinanceur> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => c.FinancementId);
        builder.HasIndex(c => c.FicheId);
    }
}
