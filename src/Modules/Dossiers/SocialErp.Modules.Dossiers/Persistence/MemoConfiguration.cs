using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class MemoConfiguration : IEntityTypeConfiguration<Memo>
{
    public const int VisibiliteMaxLength = 10;
    public const int TexteMaxLength = 8000;
    public const int NatureMaxLength = 20;

    public void Configure(EntityTypeBuilder<Memo> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Visibilite).HasMaxLength(VisibiliteMaxLength);
        builder.Property(m => m.Texte).HasMaxLength(TexteMaxLength);
        builder.Property(m => m.Nature).HasMaxLength(NatureMaxLength);
        builder.Ignore(m => m.Relance);
        builder.HasIndex(m => m.DossierId);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(m => m.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Historique).WithOne().HasForeignKey(v => v.MemoId).OnDelete(DeleteBehavior.Cascade);
    }
}
