using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Facturation;

namespace SocialErp.Modules.Comptabilite.Persistence.Facturation;

internal sealed class LigneFactureConfiguration : IEntityTypeConfiguration<LigneFacture>
{
    public void Configure(EntityTypeBuilder<LigneFacture> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Libelle).HasMaxLength(EcritureConfiguration.LibelleMaxLength);
        builder.Property(l => l.Quantite).HasPrecision(18, 4);
        builder.Property(l => l.PrixUnitaire).HasPrecision(18, 2);
        builder.Property(l => l.Montant).HasPrecision(18, 2);
        builder.Property(l => l.CompteRevenu).HasMaxLength(CompteConfiguration.NumeroMaxLength);
        builder.Property(l => l.Prestation).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.HasIndex(l => l.FactureId);

        // A valued service is invoiced once.
        builder.HasIndex(l => l.PrestationValoriseeId).IsUnique();
    }
}
