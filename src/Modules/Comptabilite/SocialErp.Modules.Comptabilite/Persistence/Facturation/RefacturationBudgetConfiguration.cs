using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Facturation;

namespace SocialErp.Modules.Comptabilite.Persistence.Facturation;

internal sealed class RefacturationBudgetConfiguration : IEntityTypeConfiguration<RefacturationBudget>
{
    public void Configure(EntityTypeBuilder<RefacturationBudget> builder)
    {
        // A budget's month is billed on to a debtor once: two concurrent invoices cannot both take it.
        builder.HasKey(r => new { r.BudgetId, r.Mois, r.DebiteurId });
        builder.Property(r => r.Mois).HasMaxLength(7);
        builder.HasIndex(r => r.FactureId);
    }
}
