using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Ged.Domain;

namespace SocialErp.Modules.Ged.Persistence;

internal sealed class VersionDocumentConfiguration : IEntityTypeConfiguration<VersionDocument>
{
    public const int NomFichierMaxLength = 150;
    public const int TypeContenuMaxLength = 120;
    public const int CommentaireMaxLength = 500;

    public void Configure(EntityTypeBuilder<VersionDocument> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.NomFichier).HasMaxLength(NomFichierMaxLength);
        builder.Property(v => v.TypeContenu).HasMaxLength(TypeContenuMaxLength);
        builder.Property(v => v.Sha256).HasMaxLength(64);
        builder.Property(v => v.Commentaire).HasMaxLength(CommentaireMaxLength);
        builder.HasIndex(v => new { v.DocumentId, v.Numero }).IsUnique();

        // Whether a content is still used by another version, before the purge deletes it.
        builder.HasIndex(v => v.Sha256);
    }
}
