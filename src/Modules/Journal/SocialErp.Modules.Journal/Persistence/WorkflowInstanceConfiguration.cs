using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Persistence;

internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    public void Configure(EntityTypeBuilder<WorkflowInstance> b)
    {
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.Code).HasMaxLength(WorkflowDefinitionConfiguration.CodeMaxLength);
        b.Property(i => i.EtapeCourante).HasMaxLength(50);
        b.Ignore(i => i.Historique);
        b.HasIndex(i => i.DossierId);
        b.HasIndex(i => new { i.SourceMessageId, i.DefinitionId }).IsUnique();
    }
}
