using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class ChangementStatutConfiguration : IEntityTypeConfiguration<ChangementStatut>
{
    public void Configure(EntityTypeBuilder<ChangementStatut> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.AncienStatut).HasMaxLength(DossierConfiguration.StatutMaxLength);
        builder.Property(c => c.NouveauStatut).HasMaxLength(DossierConfiguration.StatutMaxLength);
        builder.Property(c => c.Motif).HasMaxLength(DossierConfiguration.MotifMaxLength);
        builder.HasIndex(c => c.DossierId);
    }
}
