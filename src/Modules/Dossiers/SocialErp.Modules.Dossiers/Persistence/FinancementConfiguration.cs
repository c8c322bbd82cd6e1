using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class FinancementConfiguration : IEntityTypeConfiguration<Financement>
{
    public const int ReferenceMaxLength = 100;
    public const int CodeMaxLength = 20;

    public void Configure(EntityTypeBuilder<Financement> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.HasIndex(f => f.DossierId).IsUnique();
        builder.HasIndex(f => f.FinanceurPrincipalId);
        builder.HasIndex(f => f.ConventionId);
        builder.Property(f => f.ConventionReference).HasMaxLength(ReferenceMaxLength);
        builder.Property(f => f.TypeFinanceur).HasMaxLength(CodeMaxLength);
        builder.Property(f => f.ModeMontant).HasMaxLength(CodeMaxLength);
        builder.Property(f => f.Repartition).HasMaxLength(CodeMaxLength);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(f => f.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.CoFinanceurs).WithOne().HasForeignKey(c => c.FinancementId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(f => f.MontantTotal);
    }
}
