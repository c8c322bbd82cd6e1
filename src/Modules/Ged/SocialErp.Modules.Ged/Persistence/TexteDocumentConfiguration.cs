using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using SocialErp.Modules.Ged.Domain;

namespace SocialErp.Modules.Ged.Persistence;

/// <summary>
/// The searchable text. Its full-text index is not in the EF model (it differs per provider): migration
/// <c>Documents</c> creates it in raw SQL — an FTS5 table kept in step by triggers on SQLite, a GIN index on
/// <c>to_tsvector('french', texte)</c> on PostgreSQL.
/// </summary>
internal sealed class TexteDocumentConfiguration : IEntityTypeConfiguration<TexteDocument>
{
    public void Configure(EntityTypeBuilder<TexteDocument> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id)
            .ValueGeneratedOnAdd()
            .HasAnnotation("Sqlite:Autoincrement", true)
            .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
        builder.HasIndex(t => t.DocumentId).IsUnique();
        builder.HasOne<Document>().WithOne().HasForeignKey<TexteDocument>(t => t.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
