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

        // (terme, fiche_id) answers a prefix range from the index alone on both providers.
        builder.HasIndex(t => new { t.Terme, t.FicheId });
    }
}
