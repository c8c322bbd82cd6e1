using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class DernierPaiementConfiguration : IEntityTypeConfiguration<DernierPaiement>
{
    public void Configure(EntityTypeBuilder<DernierPaiement> builder)
    {
        builder.HasKey(p => p.DossierId);
        builder.Property(p => p.DossierId).ValueGeneratedNever();
    }
}
