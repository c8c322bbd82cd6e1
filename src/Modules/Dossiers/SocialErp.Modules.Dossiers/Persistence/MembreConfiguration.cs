using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class MembreConfiguration : IEntityTypeConfiguration<Membre>
{
    public void Configure(EntityTypeBuilder<Membre> builder)
    {
        builder.HasKey(m => new { m.DossierId, m.FicheId });
        builder.Property(m => m.Role).HasMaxLength(DossierConfiguration.StatutMaxLength);
        builder.HasIndex(m => m.FicheId);
    }
}
