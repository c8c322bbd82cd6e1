using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Budgets;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class ExecutionBudgetsConfiguration : IEntityTypeConfiguration<ExecutionBudgets>
{
    public void Configure(EntityTypeBuilder<ExecutionBudgets> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Mois).HasMaxLength(7);
        builder.Property(e => e.Statut).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(e => e.Montant).HasPrecision(18, 2);
        builder.Property(e => e.Erreur).HasMaxLength(TracePeriodeConfiguration.MotifMaxLength);

        // One run per month: a concurrent second request fails on the index and gets the first one back.
        builder.HasIndex(e => e.Mois).IsUnique();
    }
}
