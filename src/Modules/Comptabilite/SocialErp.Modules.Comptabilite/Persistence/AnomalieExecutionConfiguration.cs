using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Budgets;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class AnomalieExecutionConfiguration : IEntityTypeConfiguration<AnomalieExecution>
{
    public void Configure(EntityTypeBuilder<AnomalieExecution> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Genre).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(a => a.Motif).HasMaxLength(TracePeriodeConfiguration.MotifMaxLength);
        builder.HasIndex(a => a.ExecutionId);
    }
}
