using Microsoft.EntityFrameworkCore;

namespace SocialErp.Modules.Comptabilite.Persistence.Migrations;

/// <summary>Billing signed sessions to the funders (migration 20261124010000_SeancesFacturees).</summary>
internal sealed partial class ComptabiliteDbContextModelSnapshot
{
    private static void SeancesFacturees(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Facturation + "FinancementProjete", b =>
        {
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<long>("VersionSource").HasColumnName("version_source");
            b.Property<string>("ConventionReference").HasMaxLength(100).HasColumnName("convention_reference");
            b.Property<DateOnly?>("ConventionDu").HasColumnName("convention_du");
            b.Property<DateOnly?>("ConventionAu").HasColumnName("convention_au");
            b.Property<decimal?>("HeuresFinancees").HasPrecision(18, 2).HasColumnName("heures_financees");
            b.Property<Guid>("FinanceurPrincipalId").HasColumnName("financeur_principal_id");
            b.Property<string>("ModeMontant").IsRequired().HasMaxLength(30).HasColumnName("mode_montant");
            b.Property<decimal>("Montant").HasPrecision(18, 2).HasColumnName("montant");
            b.Property<string>("Repartition").HasMaxLength(30).HasColumnName("repartition");
            b.Property<decimal?>("PartPrincipale").HasPrecision(18, 2).HasColumnName("part_principale");
            b.Property<DateTime>("MiseAJourLe").HasColumnName("mise_a_jour_le");
            b.HasKey("DossierId");
            b.ToTable("comptabilite_financement_projete", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Facturation + "CoFinanceurProjete", b =>
        {
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<decimal>("Part").HasPrecision(18, 2).HasColumnName("part");
            b.HasKey("DossierId", "FicheId");
            b.HasOne(Facturation + "FinancementProjete", null).WithMany("CoFinanceurs").HasForeignKey("DossierId").OnDelete(DeleteBehavior.Cascade).IsRequired()
                .HasConstraintName("FK_comptabilite_co_financeur_projete_dossier_id");
            b.ToTable("comptabilite_co_financeur_projete", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Facturation + "SeanceProjetee", b =>
        {
            b.Property<Guid>("SeanceId").HasColumnName("seance_id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<DateTime>("Debut").HasColumnName("debut");
            b.Property<DateOnly>("Jour").HasColumnName("jour");
            b.Property<decimal>("DureeHeures").HasPrecision(18, 2).HasColumnName("duree_heures");
            b.Property<string>("Etat").IsRequired().HasMaxLength(30).HasColumnName("etat");
            b.Property<string>("Presence").HasMaxLength(30).HasColumnName("presence");
            b.Property<DateTime>("EtatDu").HasColumnName("etat_du");
            b.HasKey("SeanceId");
            b.HasIndex("Jour", "DossierId");
            b.ToTable("comptabilite_seance_projetee", ComptabiliteDbContext.Schema);
        });
    }
}
