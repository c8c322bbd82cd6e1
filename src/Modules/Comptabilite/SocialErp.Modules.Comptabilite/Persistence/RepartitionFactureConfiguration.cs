using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Fournisseurs;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class RepartitionFactureConfiguration : IEntityTypeConfiguration<RepartitionFacture>
{
    public void Configure(EntityTypeBuilder<RepartitionFacture> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Compte).HasMaxLength(CompteConfiguration.NumeroMaxLength);
        builder.Property(r => r.Montant).HasPrecision(18, 2);
        builder.Property(r => r.Libelle).HasMaxLength(CompteConfiguration.LibelleMaxLength);
        builder.HasIndex(r => r.DossierId);
    }
}
