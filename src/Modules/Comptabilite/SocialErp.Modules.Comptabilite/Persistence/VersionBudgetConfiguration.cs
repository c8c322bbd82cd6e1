using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Budgets;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class VersionBudgetConfiguration : IEntityTypeConfiguration<VersionBudget>
{
    public void Configure(EntityTypeBuilder<VersionBudget> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Motif).HasMaxLength(TracePeriodeConfiguration.MotifMaxLength);
        builder.Ignore(v => v.TotalCharges);
        builder.Ignore(v => v.TotalRessources);
        builder.Ignore(v => v.BesoinNet);
        builder.HasMany(v => v.Lignes).WithOne().HasForeignKey(l => l.VersionBudgetId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_comptabilite_ligne_budget_version_budget_id");
        builder.Navigation(v => v.Lignes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(v => new { v.BudgetId, v.Numero }).IsUnique();
        builder.HasIndex(v => new { v.Du, v.Au });
    }
}
