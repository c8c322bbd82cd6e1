using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Budgets;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class BudgetConfiguration : IEntityTypeConfiguration<Budget>
{
    public void Configure(EntityTypeBuilder<Budget> builder)
    {
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Genre).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(b => b.Libelle).HasMaxLength(CompteConfiguration.LibelleMaxLength);
        builder.Property(b => b.Prestation).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Ignore(b => b.Derniere);
        builder.HasMany(b => b.Versions).WithOne().HasForeignKey(v => v.BudgetId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_comptabilite_version_budget_budget_id");
        builder.Navigation(b => b.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(b => b.DossierId);
    }
}
