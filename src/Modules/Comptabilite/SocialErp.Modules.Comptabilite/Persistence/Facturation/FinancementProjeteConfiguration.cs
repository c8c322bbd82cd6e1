using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Facturation;

namespace SocialErp.Modules.Comptabilite.Persistence.Facturation;

internal sealed class FinancementProjeteConfiguration : IEntityTypeConfiguration<FinancementProjete>
{
    /// <summary>Dossiers' limit on a convention's reference.</summary>
    public const int ReferenceMaxLength = 100;

    public void Configure(EntityTypeBuilder<FinancementProjete> builder)
    {
        builder.HasKey(f => f.DossierId);
        builder.Property(f => f.DossierId).ValueGeneratedNever();
        builder.Property(f => f.ConventionReference).HasMaxLength(ReferenceMaxLength);
        builder.Property(f => f.HeuresFinancees).HasPrecision(18, 2);
        builder.Property(f => f.ModeMontant).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(f => f.Montant).HasPrecision(18, 2);
        builder.Property(f => f.Repartition).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(f => f.PartPrincipale).HasPrecision(18, 2);
        builder.HasMany(f => f.CoFinanceurs).WithOne().HasForeignKey(c => c.DossierId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_comptabilite_co_financeur_projete_dossier_id");
        builder.Navigation(f => f.CoFinanceurs).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
