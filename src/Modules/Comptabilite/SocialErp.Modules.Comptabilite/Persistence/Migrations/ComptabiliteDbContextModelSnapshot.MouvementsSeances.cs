using Microsoft.EntityFrameworkCore;

namespace SocialErp.Modules.Comptabilite.Persistence.Migrations;

/// <summary>The billed movements of sessions and forfaits (migration 20261127010000_MouvementsSeances; it replaced the sessions billed).</summary>
internal sealed partial class ComptabiliteDbContextModelSnapshot
{
    private static void MouvementsSeances(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Facturation + "MouvementSeance", b =>
        {
            b.Property<Guid>("ObjetId").HasColumnName("objet_id");
            b.Property<Guid>("FinanceurId").HasColumnName("financeur_id");
            b.Property<string>("Periode").IsRequired().HasMaxLength(7).HasColumnName("periode");
            b.Property<int>("Rang").HasColumnName("rang");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<string>("Nature").IsRequired().HasMaxLength(20).HasColumnName("nature");
            b.Property<DateOnly>("Jour").HasColumnName("jour");
            b.Property<Guid>("FactureId").HasColumnName("facture_id");
            b.Property<Guid?>("FactureCrediteeId").HasColumnName("facture_creditee_id");
            b.Property<decimal>("Heures").HasPrecision(18, 2).HasColumnName("heures");
            b.Property<decimal>("Montant").HasPrecision(18, 2).HasColumnName("montant");
            b.Property<long>("VersionFinancement").HasColumnName("version_financement");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.HasKey("ObjetId", "FinanceurId", "Periode", "Rang");
            b.HasIndex("DossierId", "Periode");
            b.HasIndex("FactureId");
            b.ToTable("comptabilite_mouvement_seance", ComptabiliteDbContext.Schema);
        });
    }
}
