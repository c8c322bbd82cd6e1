using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Persistence;

internal sealed class FicheTermeConfiguration : IEntityTypeConfiguration<FicheTerme>
{
    public void Configure(EntityTypeBuilder<FicheTerme> builder)
    {
        builder.HasKey(t => new { t.FicheId, t.Terme });
        builder.Property(t => t.Terme).HasMaxLength(TermesRecherche.MaxLength);
        builder.Property(t => t.Tri).HasMaxLength(FicheTerme.TriMaxLength);
        builder.Property(t => t.Precedent).HasMaxLength(TermesRecherche.MaxLength);

        // A prefix range read in (terme, tri, fiche_id) order: the default search order, so LIMIT stops the scan;
        // precedent in the index keeps "first key of its fiche in the range" a test on the index entry.
        builder.HasIndex(t => new { t.Terme, t.Tri, t.FicheId, t.Precedent });
    }
}
