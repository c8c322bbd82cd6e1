using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class PrestationConfiguration : IEntityTypeConfiguration<Prestation>
{
    public const int LibelleMaxLength = 100;

    public void Configure(EntityTypeBuilder<Prestation> builder)
    {
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(DossierConfiguration.CodeMaxLength);
        builder.Property(p => p.Libelle).HasMaxLength(LibelleMaxLength);
    }
}
