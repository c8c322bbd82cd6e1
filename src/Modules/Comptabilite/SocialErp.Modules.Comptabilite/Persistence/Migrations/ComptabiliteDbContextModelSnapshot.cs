using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SocialErp.BuildingBlocks.Messaging;

namespace SocialErp.Modules.Comptabilite.Persistence.Migrations;

/// <summary>Hand-written: the model as the migrations leave it (EF Design is not available here).</summary>
[DbContext(typeof(ComptabiliteDbContext))]
internal sealed partial class ComptabiliteDbContextModelSnapshot : ModelSnapshot
{
    private const string Domain = "SocialErp.Modules.Comptabilite.Domain.";

    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(ComptabiliteDbContext.Schema);
        GrandsLivres(modelBuilder);
        Periodes(modelBuilder);
        Projections(modelBuilder);
        Dette(modelBuilder);
        Prestations(modelBuilder);
        Factures(modelBuilder);
        Encaissements(modelBuilder);
        PaiementsSortants(modelBuilder);
        SoldesMensuels(modelBuilder);
        RefacturationBudgets(modelBuilder);
        Defusions(modelBuilder);
        SeancesFacturees(modelBuilder);
        MouvementsSeances(modelBuilder);
        MessagingModelSnapshot.Build(modelBuilder, ComptabiliteDbContext.Schema);
    }

    private static void GrandsLivres(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Domain + "Compte", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<string>("Numero").IsRequired().HasMaxLength(20).HasColumnName("numero");
            b.Property<string>("Libelle").IsRequired().HasMaxLength(200).HasColumnName("libelle");
            b.Property<string>("Classe").IsRequired().HasMaxLength(30).HasColumnName("classe");
            b.Property<string>("Genre").IsRequired().HasMaxLength(30).HasColumnName("genre");
            b.Property<string>("TypeCharge").HasMaxLength(30).HasColumnName("type_charge");
            b.Property<string>("CategorieDette").HasMaxLength(30).HasColumnName("categorie_dette");
            b.Property<bool>("Actif").HasColumnName("actif");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("Numero").IsUnique();
            b.ToTable("comptabilite_compte", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "Ecriture", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<DateOnly>("Date").HasColumnName("date");
            b.Property<int>("Annee").HasColumnName("annee");
            b.Property<int>("Mois").HasColumnName("mois");
            b.Property<string>("Libelle").IsRequired().HasMaxLength(300).HasColumnName("libelle");
            b.Property<Guid?>("PieceId").HasColumnName("piece_id");
            b.Property<Guid?>("ExtourneDe").HasColumnName("extourne_de");
            b.Property<decimal>("Total").HasPrecision(18, 2).HasColumnName("total");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<Guid?>("CreePar").HasColumnName("cree_par");
            b.HasKey("Id");
            b.HasIndex("Annee", "Mois");
            b.HasIndex("ExtourneDe").IsUnique();
            b.ToTable("comptabilite_ecriture", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "LigneEcriture", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("EcritureId").HasColumnName("ecriture_id");
            b.Property<int>("Ordre").HasColumnName("ordre");
            b.Property<Guid>("CompteId").HasColumnName("compte_id");
            b.Property<string>("Genre").IsRequired().HasMaxLength(30).HasColumnName("genre");
            b.Property<DateOnly>("Date").HasColumnName("date");
            b.Property<decimal>("Debit").HasPrecision(18, 2).HasColumnName("debit");
            b.Property<decimal>("Credit").HasPrecision(18, 2).HasColumnName("credit");
            b.Property<Guid?>("FicheId").HasColumnName("fiche_id");
            b.Property<Guid?>("UniteAllocationId").HasColumnName("unite_allocation_id");
            b.Property<Guid?>("DossierId").HasColumnName("dossier_id");
            b.Property<int?>("CommuneDomicile").HasColumnName("commune_domicile");
            b.Property<string>("Prestation").HasMaxLength(30).HasColumnName("prestation");
            b.Property<string>("TypeCharge").HasMaxLength(30).HasColumnName("type_charge");
            b.Property<string>("TypePayeur").HasMaxLength(30).HasColumnName("type_payeur");
            b.Property<string>("Libelle").HasMaxLength(300).HasColumnName("libelle");
            b.HasKey("Id");
            b.HasIndex("EcritureId");
            b.HasIndex("FicheId", "Date");
            b.HasIndex("UniteAllocationId", "Date");
            b.HasIndex("Date");
            b.HasIndex("CompteId", "Date", "Debit", "Credit").HasDatabaseName("IX_comptabilite_ligne_ecriture_compte_couvrant"); // 20261123230000_LignesParCompte
            b.HasOne(Domain + "Ecriture", null).WithMany("Lignes").HasForeignKey("EcritureId").OnDelete(DeleteBehavior.Restrict).IsRequired()
                .HasConstraintName("FK_comptabilite_ligne_ecriture_ecriture_id");
            b.HasOne(Domain + "Compte", "Compte").WithMany().HasForeignKey("CompteId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.ToTable("comptabilite_ligne_ecriture", ComptabiliteDbContext.Schema);
        });
    }

    private static void Periodes(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Domain + "PeriodeComptable", b =>
        {
            b.Property<int>("Annee").HasColumnName("annee");
            b.Property<int>("Mois").HasColumnName("mois");
            b.Property<bool>("Cloturee").HasColumnName("cloturee");
            b.Property<DateTime?>("ClotureeLe").HasColumnName("cloturee_le");
            b.Property<Guid?>("ClotureePar").HasColumnName("cloturee_par");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Annee", "Mois");
            b.ToTable("comptabilite_periode_comptable", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "TracePeriode", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<int>("Annee").HasColumnName("annee");
            b.Property<int>("Mois").HasColumnName("mois");
            b.Property<string>("Action").IsRequired().HasMaxLength(30).HasColumnName("action");
            b.Property<DateTime>("Le").HasColumnName("le");
            b.Property<Guid?>("Par").HasColumnName("par");
            b.Property<string>("Motif").HasMaxLength(500).HasColumnName("motif");
            b.HasKey("Id");
            b.HasIndex("Annee", "Mois");
            b.ToTable("comptabilite_trace_periode", ComptabiliteDbContext.Schema);
        });
    }

    private static void Projections(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Domain + "MembreUniteAllocation", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<string>("Role").IsRequired().HasMaxLength(30).HasColumnName("role");
            b.Property<DateOnly>("Du").HasColumnName("du");
            b.Property<DateOnly?>("Au").HasColumnName("au");
            b.HasKey("Id");
            b.HasIndex("DossierId");
            b.HasIndex("FicheId", "Du");
            b.ToTable("comptabilite_membre_unite_allocation", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "UniteAllocationProjetee", b =>
        {
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<long>("VersionSource").HasColumnName("version_source");
            b.Property<DateTime>("MiseAJourLe").HasColumnName("mise_a_jour_le");
            b.HasKey("DossierId");
            b.ToTable("comptabilite_unite_allocation_projetee", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "Repointage", b =>
        {
            b.Property<Guid>("AbsorbeeId").HasColumnName("absorbee_id");
            b.Property<Guid>("ConserveeId").HasColumnName("conservee_id");
            b.Property<DateTime>("Le").HasColumnName("le");
            b.Property<Guid>("SourceMessageId").HasColumnName("source_message_id");
            b.HasKey("AbsorbeeId");
            b.HasIndex("ConserveeId");
            b.ToTable("comptabilite_repointage", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity("SocialErp.Modules.Comptabilite.Idempotence.RequeteIdempotente", b =>
        {
            b.Property<string>("Cle").HasMaxLength(200).HasColumnName("cle");
            b.Property<string>("Empreinte").IsRequired().HasMaxLength(64).HasColumnName("empreinte");
            b.Property<int>("Statut").HasColumnName("statut");
            b.Property<string>("Location").HasMaxLength(200).HasColumnName("location");
            b.Property<string>("Corps").IsRequired().HasColumnName("corps");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.HasKey("Cle");
            b.ToTable("comptabilite_requete_idempotente", ComptabiliteDbContext.Schema);
        });
    }

    private static void Dette(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Domain + "RemiseDette", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("EcritureId").HasColumnName("ecriture_id");
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<string>("Categorie").IsRequired().HasMaxLength(30).HasColumnName("categorie");
            b.Property<decimal>("Montant").HasPrecision(18, 2).HasColumnName("montant");
            b.Property<string>("Motif").IsRequired().HasMaxLength(500).HasColumnName("motif");
            b.Property<string>("Decision").HasMaxLength(200).HasColumnName("decision");
            b.Property<Guid?>("AutoriseePar").HasColumnName("autorisee_par");
            b.Property<DateTime>("Le").HasColumnName("le");
            b.HasKey("Id");
            b.HasIndex("EcritureId");
            b.HasIndex("FicheId");
            b.HasOne(Domain + "Ecriture", null).WithMany().HasForeignKey("EcritureId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.ToTable("comptabilite_remise_dette", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "ConventionRemboursement", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<string>("Categorie").IsRequired().HasMaxLength(30).HasColumnName("categorie");
            b.Property<decimal>("MontantMensuel").HasPrecision(18, 2).HasColumnName("montant_mensuel");
            b.Property<DateOnly>("Du").HasColumnName("du");
            b.Property<DateOnly?>("Au").HasColumnName("au");
            b.Property<string>("Remarque").HasMaxLength(500).HasColumnName("remarque");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<Guid?>("CreePar").HasColumnName("cree_par");
            b.HasKey("Id");
            b.HasIndex("FicheId");
            b.ToTable("comptabilite_convention_remboursement", ComptabiliteDbContext.Schema);
        });
    }

    private static void PaiementsSortants(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Domain + "Budgets.Budget", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<string>("Genre").IsRequired().HasMaxLength(30).HasColumnName("genre");
            b.Property<string>("Libelle").IsRequired().HasMaxLength(200).HasColumnName("libelle");
            b.Property<int?>("CommuneDomicile").HasColumnName("commune_domicile");
            b.Property<string>("Prestation").HasMaxLength(30).HasColumnName("prestation");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<Guid?>("CreePar").HasColumnName("cree_par");
            b.HasKey("Id");
            b.HasIndex("DossierId");
            b.ToTable("comptabilite_budget", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "Budgets.VersionBudget", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("BudgetId").HasColumnName("budget_id");
            b.Property<int>("Numero").HasColumnName("numero");
            b.Property<DateOnly>("Du").HasColumnName("du");
            b.Property<DateOnly?>("Au").HasColumnName("au");
            b.Property<int>("TailleMenage").HasColumnName("taille_menage");
            b.Property<string>("Motif").HasMaxLength(500).HasColumnName("motif");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<Guid?>("CreePar").HasColumnName("cree_par");
            b.HasKey("Id");
            b.HasIndex("BudgetId", "Numero").IsUnique();
            b.HasIndex("Du", "Au");
            b.HasOne(Domain + "Budgets.Budget", null).WithMany("Versions").HasForeignKey("BudgetId").HasConstraintName("FK_comptabilite_version_budget_budget_id").OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.ToTable("comptabilite_version_budget", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "Budgets.LigneBudget", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("VersionBudgetId").HasColumnName("version_budget_id");
            b.Property<int>("Ordre").HasColumnName("ordre");
            b.Property<string>("Sens").IsRequired().HasMaxLength(30).HasColumnName("sens");
            b.Property<string>("Type").IsRequired().HasMaxLength(30).HasColumnName("type");
            b.Property<string>("Libelle").IsRequired().HasMaxLength(200).HasColumnName("libelle");
            b.Property<decimal>("Montant").HasPrecision(18, 2).HasColumnName("montant");
            b.Property<string>("Periodicite").IsRequired().HasMaxLength(30).HasColumnName("periodicite");
            b.Property<DateOnly>("Du").HasColumnName("du");
            b.Property<DateOnly?>("Au").HasColumnName("au");
            b.Property<Guid>("BeneficiaireId").HasColumnName("beneficiaire_id");
            b.Property<Guid?>("PayeId").HasColumnName("paye_id");
            b.Property<string>("Iban").HasMaxLength(34).HasColumnName("iban");
            b.Property<string>("TypeReference").HasMaxLength(30).HasColumnName("type_reference");
            b.Property<string>("Reference").HasMaxLength(35).HasColumnName("reference");
            b.Property<bool>("Refacturable").HasColumnName("refacturable");
            b.HasKey("Id");
            b.HasIndex("VersionBudgetId");
            b.HasOne(Domain + "Budgets.VersionBudget", null).WithMany("Lignes").HasForeignKey("VersionBudgetId").HasConstraintName("FK_comptabilite_ligne_budget_version_budget_id").OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.ToTable("comptabilite_ligne_budget", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "Budgets.ExecutionBudgets", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<string>("Mois").IsRequired().HasMaxLength(7).HasColumnName("mois");
            b.Property<string>("Statut").IsRequired().HasMaxLength(30).HasColumnName("statut");
            b.Property<bool>("Planifiee").HasColumnName("planifiee");
            b.Property<int>("Total").HasColumnName("total");
            b.Property<int>("Traites").HasColumnName("traites");
            b.Property<int>("Payes").HasColumnName("payes");
            b.Property<int>("Ignores").HasColumnName("ignores");
            b.Property<int>("EnErreur").HasColumnName("en_erreur");
            b.Property<int>("NombreOrdres").HasColumnName("nombre_ordres");
            b.Property<decimal>("Montant").HasPrecision(18, 2).HasColumnName("montant");
            b.Property<DateTime>("DemandeeLe").HasColumnName("demandee_le");
            b.Property<Guid?>("DemandeePar").HasColumnName("demandee_par");
            b.Property<DateTime?>("TermineeLe").HasColumnName("terminee_le");
            b.Property<string>("Erreur").HasMaxLength(500).HasColumnName("erreur");
            b.HasKey("Id");
            b.HasIndex("Mois").IsUnique();
            b.ToTable("comptabilite_execution_budgets", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "Budgets.AnomalieExecution", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("ExecutionId").HasColumnName("execution_id");
            b.Property<Guid>("BudgetId").HasColumnName("budget_id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<string>("Genre").IsRequired().HasMaxLength(30).HasColumnName("genre");
            b.Property<string>("Motif").IsRequired().HasMaxLength(500).HasColumnName("motif");
            b.HasKey("Id");
            b.HasIndex("ExecutionId");
            b.ToTable("comptabilite_anomalie_execution", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "Budgets.BlocageDossier", b =>
        {
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<DateOnly?>("FacturationBloqueeDepuis").HasColumnName("facturation_bloquee_depuis");
            b.Property<string>("MotifBlocage").HasMaxLength(500).HasColumnName("motif_blocage");
            b.Property<DateOnly?>("FermeDepuis").HasColumnName("ferme_depuis");
            b.Property<string>("Statut").HasMaxLength(30).HasColumnName("statut");
            b.HasKey("DossierId");
            b.ToTable("comptabilite_blocage_dossier", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "Paiements.OrdrePaiement", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<string>("Origine").IsRequired().HasMaxLength(30).HasColumnName("origine");
            b.Property<Guid?>("BudgetId").HasColumnName("budget_id");
            b.Property<string>("Mois").HasMaxLength(7).HasColumnName("mois");
            b.Property<int>("Rang").HasColumnName("rang");
            b.Property<Guid?>("ExecutionId").HasColumnName("execution_id");
            b.Property<Guid?>("FactureFournisseurId").HasColumnName("facture_fournisseur_id");
            b.Property<Guid?>("DossierId").HasColumnName("dossier_id");
            b.Property<Guid?>("FicheId").HasColumnName("fiche_id");
            b.Property<Guid?>("CreancierId").HasColumnName("creancier_id");
            b.Property<string>("NomCreancier").IsRequired().HasMaxLength(70).HasColumnName("nom_creancier");
            b.Property<string>("Rue").HasMaxLength(70).HasColumnName("rue");
            b.Property<string>("Numero").HasMaxLength(16).HasColumnName("numero");
            b.Property<string>("CodePostal").IsRequired().HasMaxLength(16).HasColumnName("code_postal");
            b.Property<string>("Localite").IsRequired().HasMaxLength(35).HasColumnName("localite");
            b.Property<string>("Pays").IsRequired().HasMaxLength(2).HasColumnName("pays");
            b.Property<string>("Iban").IsRequired().HasMaxLength(34).HasColumnName("iban");
            b.Property<string>("TypeReference").IsRequired().HasMaxLength(30).HasColumnName("type_reference");
            b.Property<string>("Reference").HasMaxLength(35).HasColumnName("reference");
            b.Property<string>("Libelle").IsRequired().HasMaxLength(140).HasColumnName("libelle");
            b.Property<decimal>("Montant").HasPrecision(18, 2).HasColumnName("montant");
            b.Property<DateOnly>("DateExecution").HasColumnName("date_execution");
            b.Property<string>("CompteContrepartie").IsRequired().HasMaxLength(20).HasColumnName("compte_contrepartie");
            b.Property<bool>("Ordinaire").HasColumnName("ordinaire");
            b.Property<string>("Statut").IsRequired().HasMaxLength(30).HasColumnName("statut");
            b.Property<Guid?>("LotId").HasColumnName("lot_id");
            b.Property<Guid?>("EcriturePaiementId").HasColumnName("ecriture_paiement_id");
            b.Property<DateOnly?>("ExecuteLe").HasColumnName("execute_le");
            b.Property<string>("ReferenceBanque").HasMaxLength(35).HasColumnName("reference_banque");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.HasKey("Id");
            b.HasIndex("BudgetId", "Mois", "Rang").IsUnique();
            b.HasIndex("Statut", "DateExecution");
            b.HasIndex("LotId");
            b.HasIndex("DossierId");
            b.ToTable("comptabilite_ordre_paiement", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "Paiements.LotPaiements", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<string>("Identifiant").IsRequired().HasMaxLength(35).HasColumnName("identifiant");
            b.Property<DateOnly>("DateExecution").HasColumnName("date_execution");
            b.Property<int>("NombreOrdres").HasColumnName("nombre_ordres");
            b.Property<decimal>("Montant").HasPrecision(18, 2).HasColumnName("montant");
            b.Property<string>("Statut").IsRequired().HasMaxLength(30).HasColumnName("statut");
            b.Property<DateTime>("PrepareLe").HasColumnName("prepare_le");
            b.Property<Guid?>("PreparePar").HasColumnName("prepare_par");
            b.Property<DateTime?>("LibereLe").HasColumnName("libere_le");
            b.Property<Guid?>("LiberePar").HasColumnName("libere_par");
            b.Property<DateTime?>("ComptabiliseLe").HasColumnName("comptabilise_le");
            b.Property<DateOnly?>("ExecuteLe").HasColumnName("execute_le");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("Identifiant").IsUnique();
            b.ToTable("comptabilite_lot_paiements", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "Fournisseurs.FactureFournisseur", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid?>("FournisseurId").HasColumnName("fournisseur_id");
            b.Property<string>("NomFournisseur").IsRequired().HasMaxLength(70).HasColumnName("nom_fournisseur");
            b.Property<string>("Rue").HasMaxLength(70).HasColumnName("rue");
            b.Property<string>("Numero").HasMaxLength(16).HasColumnName("numero");
            b.Property<string>("CodePostal").IsRequired().HasMaxLength(16).HasColumnName("code_postal");
            b.Property<string>("Localite").IsRequired().HasMaxLength(35).HasColumnName("localite");
            b.Property<string>("Pays").IsRequired().HasMaxLength(2).HasColumnName("pays");
            b.Property<string>("Iban").IsRequired().HasMaxLength(34).HasColumnName("iban");
            b.Property<string>("TypeReference").IsRequired().HasMaxLength(30).HasColumnName("type_reference");
            b.Property<string>("Reference").HasMaxLength(35).HasColumnName("reference");
            b.Property<string>("NumeroFacture").HasMaxLength(35).HasColumnName("numero_facture");
            b.Property<DateOnly>("DateFacture").HasColumnName("date_facture");
            b.Property<DateOnly>("Echeance").HasColumnName("echeance");
            b.Property<decimal>("Montant").HasPrecision(18, 2).HasColumnName("montant");
            b.Property<string>("Communication").HasMaxLength(140).HasColumnName("communication");
            b.Property<string>("Statut").IsRequired().HasMaxLength(30).HasColumnName("statut");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<Guid?>("CreePar").HasColumnName("cree_par");
            b.Property<DateTime?>("ApprouveeLe").HasColumnName("approuvee_le");
            b.Property<Guid?>("ApprouveePar").HasColumnName("approuvee_par");
            b.Property<Guid?>("EcritureId").HasColumnName("ecriture_id");
            b.Property<Guid?>("OrdreId").HasColumnName("ordre_id");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("Statut");
            b.ToTable("comptabilite_facture_fournisseur", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "Fournisseurs.RepartitionFacture", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("FactureFournisseurId").HasColumnName("facture_fournisseur_id");
            b.Property<int>("Ordre").HasColumnName("ordre");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<Guid?>("FicheId").HasColumnName("fiche_id");
            b.Property<string>("Compte").IsRequired().HasMaxLength(20).HasColumnName("compte");
            b.Property<decimal>("Montant").HasPrecision(18, 2).HasColumnName("montant");
            b.Property<string>("Libelle").HasMaxLength(200).HasColumnName("libelle");
            b.HasKey("Id");
            b.HasIndex("FactureFournisseurId");
            b.HasIndex("DossierId");
            b.HasOne(Domain + "Fournisseurs.FactureFournisseur", null).WithMany("Repartitions").HasForeignKey("FactureFournisseurId").HasConstraintName("FK_comptabilite_repartition_facture_facture_id").OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.ToTable("comptabilite_repartition_facture", ComptabiliteDbContext.Schema);
        });
    }
}
