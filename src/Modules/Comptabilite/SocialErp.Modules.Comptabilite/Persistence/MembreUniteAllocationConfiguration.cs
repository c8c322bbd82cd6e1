using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class MembreUniteAllocationConfiguration : IEntityTypeConfiguration<MembreUniteAllocation>
{
    public void Configure(EntityTypeBuilder<MembreUniteAllocation> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Role).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.HasIndex(m => m.DossierId);
        builder.HasIndex(m => new { m.FicheId, m.Du });
    }
}
