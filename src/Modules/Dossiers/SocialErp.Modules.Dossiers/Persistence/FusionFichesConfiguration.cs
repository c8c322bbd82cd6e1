using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class FusionFichesConfiguration : IEntityTypeConfiguration<FusionFiches>
{
    public void Configure(EntityTypeBuilder<FusionFiches> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Dossiers).EnJson();
        builder.Property(f => f.Suivi).EnJson();
        builder.Ignore(f => f.EstAnnulee);
    }
}
