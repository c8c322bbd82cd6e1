using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Domain.Facturation;

namespace SocialErp.Modules.Comptabilite.Persistence.Facturation;

internal sealed class PrestationValoriseeConfiguration : IEntityTypeConfiguration<PrestationValorisee>
{
    public void Configure(EntityTypeBuilder<PrestationValorisee> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.TypePrestation).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(p => p.Libelle).HasMaxLength(EcritureConfiguration.LibelleMaxLength);
        builder.Property(p => p.Quantite).HasPrecision(18, 4);
        builder.Property(p => p.PrixUnitaire).HasPrecision(18, 2);
        builder.Property(p => p.Montant).HasPrecision(18, 2);
        builder.HasOne<Tarif>().WithMany().HasForeignKey(p => p.TarifId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_comptabilite_prestation_valorisee_tarif_id"); // conventional names exceed PostgreSQL's 63 characters
        builder.HasOne<Ecriture>().WithMany().HasForeignKey(p => p.EcritureId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_comptabilite_prestation_valorisee_ecriture_id");

        // Listing a dossier's services, and the re-billable ones not yet invoiced.
        builder.HasIndex(p => new { p.DossierId, p.Date });
        builder.HasIndex(p => p.FactureId);
    }
}
