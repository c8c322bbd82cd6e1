using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Paiements;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class OrdrePaiementConfiguration : IEntityTypeConfiguration<OrdrePaiement>
{
    public void Configure(EntityTypeBuilder<OrdrePaiement> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Origine).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(o => o.Mois).HasMaxLength(7);
        builder.Property(o => o.NomCreancier).HasMaxLength(70);
        builder.Property(o => o.Rue).HasMaxLength(70);
        builder.Property(o => o.Numero).HasMaxLength(16);
        builder.Property(o => o.CodePostal).HasMaxLength(16);
        builder.Property(o => o.Localite).HasMaxLength(35);
        builder.Property(o => o.Pays).HasMaxLength(2);
        builder.Property(o => o.Iban).HasMaxLength(LigneBudgetConfiguration.IbanMaxLength);
        builder.Property(o => o.TypeReference).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(o => o.Reference).HasMaxLength(LigneBudgetConfiguration.ReferenceMaxLength);
        builder.Property(o => o.Libelle).HasMaxLength(140);
        builder.Property(o => o.Montant).HasPrecision(18, 2);
        builder.Property(o => o.CompteContrepartie).HasMaxLength(CompteConfiguration.NumeroMaxLength);
        builder.Property(o => o.Statut).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(o => o.ReferenceBanque).HasMaxLength(LigneBudgetConfiguration.ReferenceMaxLength);
        builder.Ignore(o => o.IdentifiantBancaire);

        // A budget's month is ordered once, whatever happens to a run (restart, race).
        builder.HasIndex(o => new { o.BudgetId, o.Mois, o.Rang }).IsUnique();
        builder.HasIndex(o => new { o.Statut, o.DateExecution });
        builder.HasIndex(o => o.LotId);
        builder.HasIndex(o => o.DossierId);
    }
}
