using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class VersionMemoConfiguration : IEntityTypeConfiguration<VersionMemo>
{
    public void Configure(EntityTypeBuilder<VersionMemo> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Visibilite).HasMaxLength(MemoConfiguration.VisibiliteMaxLength);
        builder.Property(v => v.Texte).HasMaxLength(MemoConfiguration.TexteMaxLength);
        builder.HasIndex(v => v.MemoId);
    }
}
