using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class ConventionFinancementConfiguration : IEntityTypeConfiguration<ConventionFinancement>
{
    public const int LibelleMaxLength = 200;
    public const int RemarquesMaxLength = 2000;

    public void Configure(EntityTypeBuilder<ConventionFinancement> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Reference).HasMaxLength(FinancementConfiguration.ReferenceMaxLength);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.HasIndex(c => c.FinanceurId);
        builder.Property(c => c.Libelle).HasMaxLength(LibelleMaxLength);
        builder.Property(c => c.TypeFinanceur).HasMaxLength(FinancementConfiguration.CodeMaxLength);
        builder.Property(c => c.ModeMontant).HasMaxLength(FinancementConfiguration.CodeMaxLength);
        builder.Property(c => c.Prestations).EnJson();
        builder.Property(c => c.Remarques).HasMaxLength(RemarquesMaxLength);
    }
}
