using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Facturation;

namespace SocialErp.Modules.Comptabilite.Persistence.Facturation;

internal sealed class CompteurFactureConfiguration : IEntityTypeConfiguration<CompteurFacture>
{
    public void Configure(EntityTypeBuilder<CompteurFacture> builder)
    {
        builder.HasKey(c => c.Annee);
        builder.Property(c => c.Annee).ValueGeneratedNever();
    }
}
