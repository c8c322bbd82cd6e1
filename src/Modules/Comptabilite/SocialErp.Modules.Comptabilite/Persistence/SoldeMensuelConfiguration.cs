using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class SoldeMensuelConfiguration : IEntityTypeConfiguration<SoldeMensuel>
{
    public const string IndexFiche = "IX_comptabilite_solde_mensuel_fiche_couvrant";
    public const string IndexUnite = "IX_comptabilite_solde_mensuel_unite_couvrant";

    public void Configure(EntityTypeBuilder<SoldeMensuel> builder)
    {
        // Person first: a person's balances and a unit's members read by fiche; the unit's own lines by unit.
        builder.HasKey(s => new { s.FicheId, s.UniteAllocationId, s.CompteId, s.Genre, s.TypeCharge, s.Annee, s.Mois });
        builder.Property(s => s.Genre).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(s => s.TypeCharge).HasMaxLength(CompteConfiguration.CodeMaxLength);
        // Covering indexes, one per way a balance reads (by person, by unit): every column a balance reads is in the
        // index, so a unit's ≈ 200 months come from a few index pages instead of as many scattered heap pages.
        builder.HasIndex(s => new { s.FicheId, s.Annee, s.Mois, s.UniteAllocationId, s.CompteId, s.Genre, s.TypeCharge, s.DebitCentimes, s.CreditCentimes })
            .HasDatabaseName(IndexFiche);
        builder.HasIndex(s => new { s.UniteAllocationId, s.Annee, s.Mois, s.FicheId, s.CompteId, s.Genre, s.TypeCharge, s.DebitCentimes, s.CreditCentimes })
            .HasDatabaseName(IndexUnite);
    }
}
