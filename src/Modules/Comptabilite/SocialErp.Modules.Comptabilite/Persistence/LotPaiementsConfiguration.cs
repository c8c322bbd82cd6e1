using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Paiements;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class LotPaiementsConfiguration : IEntityTypeConfiguration<LotPaiements>
{
    public void Configure(EntityTypeBuilder<LotPaiements> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Identifiant).HasMaxLength(35);
        builder.Property(l => l.Montant).HasPrecision(18, 2);
        builder.Property(l => l.Statut).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasIndex(l => l.Identifiant).IsUnique();
    }
}
