using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Facturation;

namespace SocialErp.Modules.Comptabilite.Persistence.Facturation;

internal sealed class ConventionFacturationConfiguration : IEntityTypeConfiguration<ConventionFacturation>
{
    public void Configure(EntityTypeBuilder<ConventionFacturation> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.TypeDebiteur).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(c => c.Periodicite).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(c => c.Libelle).HasMaxLength(CompteConfiguration.LibelleMaxLength);
        builder.HasIndex(c => c.Periodicite);
    }
}
