using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Fournisseurs;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class FactureFournisseurConfiguration : IEntityTypeConfiguration<FactureFournisseur>
{
    public void Configure(EntityTypeBuilder<FactureFournisseur> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.NomFournisseur).HasMaxLength(70);
        builder.Property(f => f.Rue).HasMaxLength(70);
        builder.Property(f => f.Numero).HasMaxLength(16);
        builder.Property(f => f.CodePostal).HasMaxLength(16);
        builder.Property(f => f.Localite).HasMaxLength(35);
        builder.Property(f => f.Pays).HasMaxLength(2);
        builder.Property(f => f.Iban).HasMaxLength(LigneBudgetConfiguration.IbanMaxLength);
        builder.Property(f => f.TypeReference).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(f => f.Reference).HasMaxLength(LigneBudgetConfiguration.ReferenceMaxLength);
        builder.Property(f => f.NumeroFacture).HasMaxLength(LigneBudgetConfiguration.ReferenceMaxLength);
        builder.Property(f => f.Montant).HasPrecision(18, 2);
        builder.Property(f => f.Communication).HasMaxLength(140);
        builder.Property(f => f.Statut).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.Ignore(f => f.Creancier);
        builder.HasMany(f => f.Repartitions).WithOne().HasForeignKey(r => r.FactureFournisseurId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_comptabilite_repartition_facture_facture_id");
        builder.Navigation(f => f.Repartitions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(f => f.Statut);
    }
}
