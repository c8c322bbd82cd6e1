using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class PlanningTypeConfiguration : IEntityTypeConfiguration<PlanningType>
{
    public const int JoursMaxLength = 70;

    public void Configure(EntityTypeBuilder<PlanningType> builder)
    {
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(StructureConfiguration.CodeMaxLength);
        builder.Property(p => p.Libelle).HasMaxLength(StructureConfiguration.LibelleMaxLength);
        builder.Property(p => p.Jours).HasMaxLength(JoursMaxLength);
    }
}
