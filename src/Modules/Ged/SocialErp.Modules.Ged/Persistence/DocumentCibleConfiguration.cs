using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Ged.Domain;

namespace SocialErp.Modules.Ged.Persistence;

internal sealed class DocumentCibleConfiguration : IEntityTypeConfiguration<DocumentCible>
{
    public const int CibleTypeMaxLength = 30;

    public void Configure(EntityTypeBuilder<DocumentCible> builder)
    {
        builder.HasKey(c => new { c.DocumentId, c.CibleType, c.CibleId });
        builder.Property(c => c.CibleType).HasMaxLength(CibleTypeMaxLength);

        // The documents of one element: the question of every documents tab.
        builder.HasIndex(c => new { c.CibleType, c.CibleId });
    }
}
