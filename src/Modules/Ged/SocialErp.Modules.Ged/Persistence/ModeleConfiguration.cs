using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Ged.Domain;

namespace SocialErp.Modules.Ged.Persistence;

internal sealed class ModeleConfiguration : IEntityTypeConfiguration<Modele>
{
    public const int CodeMaxLength = 50;
    public const int NomMaxLength = 200;

    public void Configure(EntityTypeBuilder<Modele> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Code).HasMaxLength(CodeMaxLength);
        builder.Property(m => m.Nom).HasMaxLength(NomMaxLength);
        builder.Property(m => m.TypeDocument).HasMaxLength(DocumentConfiguration.TypeMaxLength);
        builder.Property(m => m.NomFichier).HasMaxLength(VersionDocumentConfiguration.NomFichierMaxLength);
        builder.Property(m => m.Sha256).HasMaxLength(64);
        builder.Property(m => m.Champs).HasMaxLength(DocumentConfiguration.ChampsMaxLength);
        builder.Ignore(m => m.ListeChamps);
        builder.HasIndex(m => m.Code).IsUnique();
    }
}
