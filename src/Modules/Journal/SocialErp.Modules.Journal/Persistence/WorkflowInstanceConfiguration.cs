using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Persistence;

internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    /// <summary>Room for an échéance's cancellation reason and the words around it.</summary>
    public const int MotifArretMaxLength = 600;

    public void Configure(EntityTypeBuilder<WorkflowInstance> b)
    {
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.Code).HasMaxLength(WorkflowDefinitionConfiguration.CodeMaxLength);
        b.Property(i => i.EtapeCourante).HasMaxLength(50);
        b.Property(i => i.MotifArret).HasMaxLength(MotifArretMaxLength);
        b.Ignore(i => i.Historique);
        b.HasIndex(i => i.DossierId);
        b.HasIndex(i => new { i.SourceMessageId, i.DefinitionId }).IsUnique();
    }
}
