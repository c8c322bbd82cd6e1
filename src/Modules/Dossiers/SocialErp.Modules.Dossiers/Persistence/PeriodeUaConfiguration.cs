using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class PeriodeUaConfiguration : IEntityTypeConfiguration<PeriodeUa>
{
    public void Configure(EntityTypeBuilder<PeriodeUa> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Role).HasMaxLength(DossierConfiguration.StatutMaxLength);
        builder.HasIndex(p => p.DossierId);
        builder.HasIndex(p => p.FicheId);
    }
}
