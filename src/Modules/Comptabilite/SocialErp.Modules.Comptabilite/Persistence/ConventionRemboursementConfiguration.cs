using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class ConventionRemboursementConfiguration : IEntityTypeConfiguration<ConventionRemboursement>
{
    public void Configure(EntityTypeBuilder<ConventionRemboursement> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Categorie).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(c => c.Remarque).HasMaxLength(TracePeriodeConfiguration.MotifMaxLength);
        builder.HasIndex(c => c.FicheId);
    }
}
