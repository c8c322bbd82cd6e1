using Microsoft.EntityFrameworkCore;

namespace SocialErp.Modules.Comptabilite.Persistence.Migrations;

/// <summary>Re-billable budget charges (migration 20261122201000_RefacturationBudgets).</summary>
internal sealed partial class ComptabiliteDbContextModelSnapshot
{
    private static void RefacturationBudgets(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Domain + "Budgets.LigneBudget", b => b.Property<Guid?>("RefactureA").HasColumnName("refacture_a"));
        modelBuilder.Entity(Facturation + "RefacturationBudget", b =>
        {
            b.Property<Guid>("BudgetId").HasColumnName("budget_id");
            b.Property<string>("Mois").HasMaxLength(7).HasColumnName("mois");
            b.Property<Guid>("DebiteurId").HasColumnName("debiteur_id");
            b.Property<Guid>("FactureId").HasColumnName("facture_id");
            b.HasKey("BudgetId", "Mois", "DebiteurId");
            b.HasIndex("FactureId");
            b.ToTable("comptabilite_refacturation_budget", ComptabiliteDbContext.Schema);
        });
    }
}
