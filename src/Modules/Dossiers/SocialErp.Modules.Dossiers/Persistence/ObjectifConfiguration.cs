using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class ObjectifConfiguration : IEntityTypeConfiguration<Objectif>
{
    public const int CodeMaxLength = 20;
    public const int LibelleMaxLength = 200;
    public const int TexteMaxLength = 2000;

    public void Configure(EntityTypeBuilder<Objectif> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Nature).HasMaxLength(CodeMaxLength);
        builder.Property(o => o.Genre).HasMaxLength(CodeMaxLength);
        builder.Property(o => o.Libelle).HasMaxLength(LibelleMaxLength);
        builder.Property(o => o.Description).HasMaxLength(TexteMaxLength);
        builder.Property(o => o.Cible).HasMaxLength(LibelleMaxLength);
        builder.HasIndex(o => o.DossierId);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(o => o.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}
