using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Persistence;

internal sealed class FicheContactConfiguration : IEntityTypeConfiguration<FicheContact>
{
    public const int LibelleMaxLength = 100;

    public void Configure(EntityTypeBuilder<FicheContact> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Valeur).HasMaxLength(FicheConfiguration.EmailMaxLength);
        builder.Property(c => c.Libelle).HasMaxLength(LibelleMaxLength);
    }
}
