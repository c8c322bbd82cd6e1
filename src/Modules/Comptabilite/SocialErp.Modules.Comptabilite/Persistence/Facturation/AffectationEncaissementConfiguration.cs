using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Facturation;

namespace SocialErp.Modules.Comptabilite.Persistence.Facturation;

internal sealed class AffectationEncaissementConfiguration : IEntityTypeConfiguration<AffectationEncaissement>
{
    public void Configure(EntityTypeBuilder<AffectationEncaissement> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Montant).HasPrecision(18, 2);
        builder.Property(a => a.Rapprochement).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.HasOne<FactureDebiteur>().WithMany().HasForeignKey(a => a.FactureId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_comptabilite_affectation_encaissement_facture_id");
        builder.HasIndex(a => a.EncaissementId);
    }
}
