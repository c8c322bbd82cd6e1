using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Persistence;

internal sealed class AccesDossierConfiguration : IEntityTypeConfiguration<AccesDossier>, IEntityTypeConfiguration<AccesFiche>
{
    public void Configure(EntityTypeBuilder<AccesDossier> builder)
    {
        builder.HasKey(a => a.DossierId);
        builder.Property(a => a.DossierId).ValueGeneratedNever();
    }

    public void Configure(EntityTypeBuilder<AccesFiche> builder)
    {
        // (fiche_id, ayant_droit_id) first: the visibility check is one probe of this key per fiche.
        builder.HasKey(a => new { a.FicheId, a.AyantDroitId, a.DossierId });
        builder.HasIndex(a => a.DossierId);
    }
}
