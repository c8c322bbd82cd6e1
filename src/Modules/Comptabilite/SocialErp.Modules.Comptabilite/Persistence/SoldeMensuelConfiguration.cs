using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class SoldeMensuelConfiguration : IEntityTypeConfiguration<SoldeMensuel>
{
    public void Configure(EntityTypeBuilder<SoldeMensuel> builder)
    {
        // Person first: a person's balances and a unit's members read by fiche; the unit's own lines by unit.
        builder.HasKey(s => new { s.FicheId, s.UniteAllocationId, s.CompteId, s.Genre, s.TypeCharge, s.Annee, s.Mois });
        builder.Property(s => s.Genre).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(s => s.TypeCharge).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.HasIndex(s => s.UniteAllocationId);
    }
}
