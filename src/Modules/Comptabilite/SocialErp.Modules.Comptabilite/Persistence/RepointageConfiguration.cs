using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class RepointageConfiguration : IEntityTypeConfiguration<Repointage>
{
    public void Configure(EntityTypeBuilder<Repointage> builder)
    {
        builder.HasKey(r => r.AbsorbeeId);
        builder.Property(r => r.AbsorbeeId).ValueGeneratedNever();
        builder.HasIndex(r => r.ConserveeId);
    }
}
