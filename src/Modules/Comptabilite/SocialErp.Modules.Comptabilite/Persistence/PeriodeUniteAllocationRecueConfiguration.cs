using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class PeriodeUniteAllocationRecueConfiguration : IEntityTypeConfiguration<PeriodeUniteAllocationRecue>
{
    public void Configure(EntityTypeBuilder<PeriodeUniteAllocationRecue> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Role).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.HasIndex(p => p.DossierId);
        builder.HasIndex(p => p.FicheId);
    }
}
