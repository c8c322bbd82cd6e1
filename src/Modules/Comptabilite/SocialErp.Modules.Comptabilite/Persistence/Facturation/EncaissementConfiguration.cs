using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Domain.Facturation;

namespace SocialErp.Modules.Comptabilite.Persistence.Facturation;

internal sealed class EncaissementConfiguration : IEntityTypeConfiguration<Encaissement>
{
    public void Configure(EntityTypeBuilder<Encaissement> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.CleIdempotence).HasMaxLength(32);
        builder.Property(e => e.Montant).HasPrecision(18, 2);
        builder.Property(e => e.MontantAffecte).HasPrecision(18, 2);
        builder.Property(e => e.Monnaie).HasMaxLength(3);
        builder.Property(e => e.TypeReference).HasMaxLength(4);
        builder.Property(e => e.Reference).HasMaxLength(35);
        builder.Property(e => e.NomDebiteur).HasMaxLength(140);
        builder.Property(e => e.ReferenceBanque).HasMaxLength(35);
        builder.Property(e => e.Communication).HasMaxLength(140);
        builder.Property(e => e.Rapprochement).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.NonAffecte);
        builder.HasOne<ImportCamt>().WithMany().HasForeignKey(e => e.ImportId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_comptabilite_encaissement_import_id"); // conventional names exceed PostgreSQL's 63 characters
        builder.HasOne<Ecriture>().WithMany().HasForeignKey(e => e.EcritureId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_comptabilite_encaissement_ecriture_id");
        builder.HasMany(e => e.Affectations).WithOne().HasForeignKey(a => a.EncaissementId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_comptabilite_affectation_encaissement_encaissement_id");
        builder.Navigation(e => e.Affectations).UsePropertyAccessMode(PropertyAccessMode.Field);

        // A credit read again (same file, its other version, the camt.053) is recognised by its key.
        builder.HasIndex(e => e.CleIdempotence).IsUnique();
        builder.HasIndex(e => e.ImportId);
        builder.HasIndex(e => e.AAffecter);
    }
}
