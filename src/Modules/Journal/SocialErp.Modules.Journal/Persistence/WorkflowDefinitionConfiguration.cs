using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Persistence;

internal sealed class WorkflowDefinitionConfiguration : IEntityTypeConfiguration<WorkflowDefinition>
{
    public const int CodeMaxLength = 50;
    public const int NomMaxLength = 200;

    public void Configure(EntityTypeBuilder<WorkflowDefinition> b)
    {
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Code).HasMaxLength(CodeMaxLength);
        b.Property(d => d.Nom).HasMaxLength(NomMaxLength);
        b.Property(d => d.Declencheur).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.TypeEvenement).HasMaxLength(50);
        b.Ignore(d => d.Etapes);
        b.HasIndex(d => new { d.Code, d.NumeroVersion }).IsUnique();
        b.HasIndex(d => new { d.Active, d.Declencheur });
    }
}
