using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Domain.Facturation;

namespace SocialErp.Modules.Comptabilite.Persistence.Facturation;

internal sealed class FactureDebiteurConfiguration : IEntityTypeConfiguration<FactureDebiteur>
{
    public const int NumeroMaxLength = 20;
    public const int ReferenceMaxLength = 27;
    public const int MessageMaxLength = 140;

    public void Configure(EntityTypeBuilder<FactureDebiteur> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Numero).HasMaxLength(NumeroMaxLength);
        builder.Property(f => f.TypeDebiteur).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(f => f.NomDebiteur).HasMaxLength(CompteConfiguration.LibelleMaxLength);
        builder.Property(f => f.CompteDebiteur).HasMaxLength(CompteConfiguration.NumeroMaxLength);
        builder.Property(f => f.Montant).HasPrecision(18, 2);
        builder.Property(f => f.MontantPaye).HasPrecision(18, 2);
        builder.Property(f => f.MontantCredite).HasPrecision(18, 2);
        builder.Property(f => f.TypeReference).HasMaxLength(4);
        builder.Property(f => f.Reference).HasMaxLength(ReferenceMaxLength);
        builder.Property(f => f.Message).HasMaxLength(MessageMaxLength);
        builder.Property(f => f.Statut).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(f => f.Periode).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.Ignore(f => f.Solde);
        builder.Ignore(f => f.NiveauRappel);
        builder.HasOne<Ecriture>().WithMany().HasForeignKey(f => f.EcritureId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_comptabilite_facture_debiteur_ecriture_id");
        builder.HasMany(f => f.Lignes).WithOne().HasForeignKey(l => l.FactureId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_comptabilite_ligne_facture_facture_id");
        builder.HasMany(f => f.Rappels).WithOne().HasForeignKey(r => r.FactureId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_comptabilite_rappel_facture_facture_id");
        builder.Navigation(f => f.Lignes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(f => f.Rappels).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The number is unique; references are looked up by camt matching; a period is invoiced once per agreement.
        builder.HasIndex(f => f.Numero).IsUnique();
        builder.HasIndex(f => new { f.Annee, f.Sequence }).IsUnique();
        builder.HasIndex(f => f.Reference).IsUnique();
        builder.HasIndex(f => new { f.DebiteurId, f.Date });
        builder.HasIndex(f => new { f.ConventionId, f.Periode }).IsUnique();
    }
}
