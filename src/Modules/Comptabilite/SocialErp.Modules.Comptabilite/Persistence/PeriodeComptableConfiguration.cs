using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class PeriodeComptableConfiguration : IEntityTypeConfiguration<PeriodeComptable>
{
    public void Configure(EntityTypeBuilder<PeriodeComptable> builder)
    {
        builder.HasKey(p => new { p.Annee, p.Mois });
        builder.Property(p => p.Annee).ValueGeneratedNever();
        builder.Property(p => p.Mois).ValueGeneratedNever();
        builder.Ignore(p => p.Code);
    }
}
