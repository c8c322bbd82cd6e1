using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Persistence;

internal sealed class FicheCategorieConfiguration : IEntityTypeConfiguration<FicheCategorie>
{
    public void Configure(EntityTypeBuilder<FicheCategorie> builder)
    {
        builder.HasKey(c => new { c.FicheId, c.Categorie });
        builder.Property(c => c.Categorie).HasMaxLength(FicheConfiguration.EnumMaxLength);
        builder.HasIndex(c => c.Categorie);
    }
}
