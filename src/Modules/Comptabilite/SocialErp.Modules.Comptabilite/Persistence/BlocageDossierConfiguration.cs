using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Budgets;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class BlocageDossierConfiguration : IEntityTypeConfiguration<BlocageDossier>
{
    public void Configure(EntityTypeBuilder<BlocageDossier> builder)
    {
        builder.HasKey(b => b.DossierId);
        builder.Property(b => b.DossierId).ValueGeneratedNever();
        builder.Property(b => b.MotifBlocage).HasMaxLength(TracePeriodeConfiguration.MotifMaxLength);
        builder.Property(b => b.Statut).HasMaxLength(CompteConfiguration.CodeMaxLength);
    }
}
