using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class UniteAllocationProjeteeConfiguration : IEntityTypeConfiguration<UniteAllocationProjetee>
{
    public void Configure(EntityTypeBuilder<UniteAllocationProjetee> builder)
    {
        builder.HasKey(u => u.DossierId);
        builder.Property(u => u.DossierId).ValueGeneratedNever();
    }
}
