using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.BuildingBlocks.Messaging;

namespace SocialErp.Modules.Dossiers.Persistence.Migrations;

/// <summary>Hand-written: the model as the migrations leave it (EF Design is not available here).</summary>
[DbContext(typeof(DossiersDbContext))]
internal sealed partial class DossiersDbContextModelSnapshot : ModelSnapshot
{
    private const string Schema = DossiersDbContext.Schema;
    private const string Domaine = "SocialErp.Modules.Dossiers.Domain.";
    private const string Dossier = Domaine + "Dossier";

    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        DossiersCore(modelBuilder);
        SeancesEvenements(modelBuilder);
        DossiersSuivi(modelBuilder);
        FusionsRetenues(modelBuilder);
        MemosRelances(modelBuilder);
        RolesContact(modelBuilder);
        TypesEvenementsParPrestation(modelBuilder);
        ConventionsFinancement(modelBuilder);
        MessagingModelSnapshot.Build(modelBuilder, Schema);
    }

    private static void DossiersCore(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Dossier, b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<string>("Numero").IsRequired().HasMaxLength(30).HasColumnName("numero");
            b.Property<string>("Nom").IsRequired().HasMaxLength(200).HasColumnName("nom");
            b.Property<string>("Description").HasMaxLength(2000).HasColumnName("description");
            b.Property<string>("Prestation").IsRequired().HasMaxLength(30).HasColumnName("prestation");
            b.Property<int?>("CommuneDomicile").HasColumnName("commune_domicile");
            b.Property<Guid?>("ServiceId").HasColumnName("service_id");
            b.Property<string>("Statut").IsRequired().HasMaxLength(20).HasColumnName("statut");
            b.Property<DateOnly>("DateOuverture").HasColumnName("date_ouverture");
            b.Property<DateOnly?>("DateCloture").HasColumnName("date_cloture");
            b.Property<string>("MotifCloture").HasMaxLength(500).HasColumnName("motif_cloture");
            b.Property<DateOnly?>("DateEntree").HasColumnName("date_entree");
            b.Property<DateOnly?>("DateFinPrevue").HasColumnName("date_fin_prevue");
            b.Property<DateOnly?>("DateSortieReelle").HasColumnName("date_sortie_reelle");
            b.Property<bool>("FacturationBloquee").HasColumnName("facturation_bloquee");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<Guid?>("CreePar").HasColumnName("cree_par");
            b.Property<DateTime?>("ModifieLe").HasColumnName("modifie_le");
            b.Property<string>("TexteRecherche").IsRequired().HasMaxLength(231).HasColumnName("texte_recherche");
            b.Property<long>("VersionUniteAllocation").HasColumnName("version_unite_allocation");
            b.Property<long>("VersionAcces").HasColumnName("version_acces");
            b.Property<long>("DernierOrdreEvenement").HasColumnName("dernier_ordre_evenement");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("Numero").IsUnique();
            b.HasIndex("ServiceId", "Statut");
            b.HasIndex("Prestation");
            b.HasIndex("TexteRecherche");
            b.ToTable("dossiers_dossier", Schema);
        });
        modelBuilder.Entity(Domaine + "Membre", b =>
        {
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<string>("Role").IsRequired().HasMaxLength(20).HasColumnName("role");
            b.Property<DateTime>("AjouteLe").HasColumnName("ajoute_le");
            b.HasKey("DossierId", "FicheId");
            b.HasIndex("FicheId");
            b.ToTable("dossiers_membre", Schema);
            ParDossier(b);
        });
        modelBuilder.Entity(Domaine + "PeriodeUa", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<string>("Role").IsRequired().HasMaxLength(20).HasColumnName("role");
            b.Property<DateOnly>("Du").HasColumnName("du");
            b.Property<DateOnly?>("Au").HasColumnName("au");
            b.HasKey("Id");
            b.HasIndex("DossierId");
            b.HasIndex("FicheId");
            b.ToTable("dossiers_periode_ua", Schema);
            ParDossier(b);
        });
        modelBuilder.Entity(Domaine + "Referent", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<Guid>("UtilisateurId").HasColumnName("utilisateur_id");
            b.Property<Guid?>("FicheIntervenantId").HasColumnName("fiche_intervenant_id");
            b.Property<DateOnly>("Du").HasColumnName("du");
            b.Property<DateOnly?>("Au").HasColumnName("au");
            b.Property<bool>("Principal").HasColumnName("principal");
            b.HasKey("Id");
            b.HasIndex("DossierId");
            b.HasIndex("UtilisateurId");
            b.ToTable("dossiers_referent", Schema);
            ParDossier(b);
        });
        modelBuilder.Entity(Domaine + "Partage", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<Guid?>("UtilisateurId").HasColumnName("utilisateur_id");
            b.Property<Guid?>("ServiceId").HasColumnName("service_id");
            b.Property<DateOnly>("Du").HasColumnName("du");
            b.Property<DateOnly?>("Au").HasColumnName("au");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<Guid?>("CreePar").HasColumnName("cree_par");
            b.HasKey("Id");
            b.HasIndex("DossierId");
            b.HasIndex("UtilisateurId");
            b.HasIndex("ServiceId");
            b.ToTable("dossiers_partage", Schema);
            ParDossier(b);
        });
        modelBuilder.Entity(Domaine + "ChangementStatut", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<string>("AncienStatut").HasMaxLength(20).HasColumnName("ancien_statut");
            b.Property<string>("NouveauStatut").IsRequired().HasMaxLength(20).HasColumnName("nouveau_statut");
            b.Property<DateOnly>("Date").HasColumnName("date");
            b.Property<string>("Motif").HasMaxLength(500).HasColumnName("motif");
            b.Property<DateTime>("EnregistreLe").HasColumnName("enregistre_le");
            b.Property<Guid?>("Auteur").HasColumnName("auteur");
            b.HasKey("Id");
            b.HasIndex("DossierId");
            b.ToTable("dossiers_changement_statut", Schema);
            ParDossier(b);
        });
        modelBuilder.Entity(Domaine + "CompteurNumero", b =>
        {
            b.Property<int>("Annee").HasColumnName("annee");
            b.Property<int>("Dernier").IsConcurrencyToken().HasColumnName("dernier");
            b.HasKey("Annee");
            b.ToTable("dossiers_compteur_numero", Schema);
        });
        modelBuilder.Entity(Domaine + "DernierPaiement", b =>
        {
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<DateOnly>("Date").HasColumnName("date");
            b.HasKey("DossierId");
            b.ToTable("dossiers_dernier_paiement", Schema);
        });
        modelBuilder.Entity(Domaine + "Prestation", b =>
        {
            b.Property<string>("Code").HasMaxLength(30).HasColumnName("code");
            b.Property<string>("Libelle").IsRequired().HasMaxLength(100).HasColumnName("libelle");
            b.Property<bool>("Active").HasColumnName("active");
            b.HasKey("Code");
            b.ToTable("dossiers_prestation", Schema);
        });
    }

    private static void SeancesEvenements(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Domaine + "Seance", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<DateTime>("Debut").HasColumnName("debut");
            b.Property<DateTime>("Fin").HasColumnName("fin");
            b.Property<decimal>("DureeHeures").HasPrecision(18, 2).HasColumnName("duree_heures");
            b.Property<string>("Etat").IsRequired().HasMaxLength(20).HasColumnName("etat");
            b.Property<string>("Presence").HasMaxLength(20).HasColumnName("presence");
            b.Property<string>("Intitule").HasMaxLength(200).HasColumnName("intitule");
            b.Property<string>("Lieu").HasMaxLength(200).HasColumnName("lieu");
            b.Property<string>("MotifAnnulation").HasMaxLength(500).HasColumnName("motif_annulation");
            b.Property<Guid?>("ReportDeId").HasColumnName("report_de_id");
            b.Property<Guid?>("ReporteeVersId").HasColumnName("reportee_vers_id");
            b.Property<DateTime?>("EmargeeLe").HasColumnName("emargee_le");
            b.Property<Guid?>("EmargeePar").HasColumnName("emargee_par");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<Guid?>("CreePar").HasColumnName("cree_par");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("DossierId", "Debut");
            b.ToTable("dossiers_seance", Schema);
            ParDossier(b);
        });
        modelBuilder.Entity(Domaine + "EvenementDossier", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<string>("TypeCode").IsRequired().HasMaxLength(30).HasColumnName("type_code");
            b.Property<string>("TypeLibelle").IsRequired().HasMaxLength(100).HasColumnName("type_libelle");
            b.Property<DateOnly>("Date").HasColumnName("date");
            b.Property<long>("Ordre").HasColumnName("ordre");
            b.Property<string>("Commentaire").HasMaxLength(4000).HasColumnName("commentaire");
            b.Property<string>("Motif").HasMaxLength(500).HasColumnName("motif");
            b.Property<string>("Champs").IsRequired().HasColumnName("champs");
            b.Property<string>("StatutApplique").HasMaxLength(20).HasColumnName("statut_applique");
            b.Property<bool?>("FacturationBloquee").HasColumnName("facturation_bloquee");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<Guid?>("CreePar").HasColumnName("cree_par");
            b.Property<DateTime?>("ModifieLe").HasColumnName("modifie_le");
            b.Property<Guid?>("ModifiePar").HasColumnName("modifie_par");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("DossierId", "Date", "Ordre");
            b.ToTable("dossiers_evenement_dossier", Schema);
            ParDossier(b);
        });
        modelBuilder.Entity(Domaine + "TypeEvenement", b =>
        {
            b.Property<string>("Code").HasMaxLength(30).HasColumnName("code");
            b.Property<string>("Libelle").IsRequired().HasMaxLength(100).HasColumnName("libelle");
            b.Property<bool>("MotifRequis").HasColumnName("motif_requis");
            b.Property<string>("Champs").IsRequired().HasColumnName("champs");
            b.Property<string>("NouveauStatut").HasMaxLength(20).HasColumnName("nouveau_statut");
            b.Property<bool?>("BloqueFacturation").HasColumnName("bloque_facturation");
            b.Property<string>("Echeances").IsRequired().HasColumnName("echeances");
            b.Property<string>("AttestationModele").HasMaxLength(30).HasColumnName("attestation_modele");
            b.Property<bool>("ChangementPhase").HasColumnName("changement_phase");
            b.Property<bool>("Actif").HasColumnName("actif");
            b.HasKey("Code");
            b.ToTable("dossiers_type_evenement", Schema);
        });
    }

    private static void DossiersSuivi(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Domaine + "Financement", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<string>("ConventionReference").HasMaxLength(100).HasColumnName("convention_reference");
            b.Property<DateOnly?>("ConventionDu").HasColumnName("convention_du");
            b.Property<DateOnly?>("ConventionAu").HasColumnName("convention_au");
            b.Property<decimal?>("HeuresFinancees").HasPrecision(18, 2).HasColumnName("heures_financees");
            b.Property<Guid>("FinanceurPrincipalId").HasColumnName("financeur_principal_id");
            b.Property<string>("TypeFinanceur").IsRequired().HasMaxLength(20).HasColumnName("type_financeur");
            b.Property<string>("ModeMontant").IsRequired().HasMaxLength(20).HasColumnName("mode_montant");
            b.Property<decimal>("Montant").HasPrecision(18, 2).HasColumnName("montant");
            b.Property<string>("Repartition").HasMaxLength(20).HasColumnName("repartition");
            b.Property<decimal?>("PartPrincipale").HasPrecision(18, 2).HasColumnName("part_principale");
            b.Property<DateTime>("ModifieLe").HasColumnName("modifie_le");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("DossierId").IsUnique();
            b.HasIndex("FinanceurPrincipalId");
            b.ToTable("dossiers_financement", Schema);
            ParDossier(b);
        });
        modelBuilder.Entity(Domaine + "CoFinanceur", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("FinancementId").HasColumnName("financement_id");
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<decimal>("Part").HasPrecision(18, 2).HasColumnName("part");
            b.HasKey("Id");
            b.HasIndex("FinancementId");
            b.HasIndex("FicheId");
            b.ToTable("dossiers_co_financeur", Schema);
            b.HasOne(Domaine + "Financement", null).WithMany().HasForeignKey("FinancementId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        });
        modelBuilder.Entity(Domaine + "ContactDossier", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<string>("Role").IsRequired().HasMaxLength(20).HasColumnName("role");
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<DateOnly?>("Du").HasColumnName("du");
            b.Property<DateOnly?>("Au").HasColumnName("au");
            b.Property<string>("Remarque").HasMaxLength(500).HasColumnName("remarque");
            b.Property<DateTime>("AjouteLe").HasColumnName("ajoute_le");
            b.HasKey("Id");
            b.HasIndex("DossierId");
            b.HasIndex("FicheId");
            b.ToTable("dossiers_contact_dossier", Schema);
            ParDossier(b);
        });
        modelBuilder.Entity(Domaine + "Objectif", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<string>("Nature").IsRequired().HasMaxLength(20).HasColumnName("nature");
            b.Property<string>("Genre").HasMaxLength(20).HasColumnName("genre");
            b.Property<string>("Libelle").IsRequired().HasMaxLength(200).HasColumnName("libelle");
            b.Property<string>("Description").HasMaxLength(2000).HasColumnName("description");
            b.Property<string>("Cible").HasMaxLength(200).HasColumnName("cible");
            b.Property<DateOnly?>("Echeance").HasColumnName("echeance");
            b.Property<bool?>("Atteint").HasColumnName("atteint");
            b.Property<DateOnly?>("EvalueLe").HasColumnName("evalue_le");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<DateTime?>("ModifieLe").HasColumnName("modifie_le");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("DossierId");
            b.ToTable("dossiers_objectif", Schema);
            ParDossier(b);
        });
        modelBuilder.Entity(Domaine + "Memo", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<Guid?>("AuteurId").HasColumnName("auteur_id");
            b.Property<string>("Visibilite").IsRequired().HasMaxLength(10).HasColumnName("visibilite");
            b.Property<string>("Texte").IsRequired().HasMaxLength(8000).HasColumnName("texte");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<DateTime?>("ModifieLe").HasColumnName("modifie_le");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("DossierId");
            b.ToTable("dossiers_memo", Schema);
            ParDossier(b);
        });
        modelBuilder.Entity(Domaine + "VersionMemo", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("MemoId").HasColumnName("memo_id");
            b.Property<int>("Numero").HasColumnName("numero");
            b.Property<string>("Visibilite").IsRequired().HasMaxLength(10).HasColumnName("visibilite");
            b.Property<string>("Texte").IsRequired().HasMaxLength(8000).HasColumnName("texte");
            b.Property<DateTime>("EcritLe").HasColumnName("ecrit_le");
            b.HasKey("Id");
            b.HasIndex("MemoId");
            b.ToTable("dossiers_version_memo", Schema);
            b.HasOne(Domaine + "Memo", null).WithMany().HasForeignKey("MemoId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        });
        modelBuilder.Entity(Domaine + "Structure", b =>
        {
            b.Property<string>("Code").HasMaxLength(30).HasColumnName("code");
            b.Property<string>("Libelle").IsRequired().HasMaxLength(100).HasColumnName("libelle");
            b.Property<string>("Type").IsRequired().HasMaxLength(20).HasColumnName("type");
            b.Property<bool>("Active").HasColumnName("active");
            b.HasKey("Code");
            b.ToTable("dossiers_structure", Schema);
        });
        modelBuilder.Entity(Domaine + "PlaceStructure", b =>
        {
            b.Property<string>("Code").HasMaxLength(30).HasColumnName("code");
            b.Property<string>("StructureCode").IsRequired().HasMaxLength(30).HasColumnName("structure_code");
            b.Property<string>("Libelle").IsRequired().HasMaxLength(100).HasColumnName("libelle");
            b.HasKey("Code");
            b.HasIndex("StructureCode");
            b.ToTable("dossiers_place_structure", Schema);
            b.HasOne(Domaine + "Structure", null).WithMany().HasForeignKey("StructureCode").OnDelete(DeleteBehavior.Cascade).IsRequired();
        });
        modelBuilder.Entity(Domaine + "PlanningType", b =>
        {
            b.Property<string>("Code").HasMaxLength(30).HasColumnName("code");
            b.Property<string>("Libelle").IsRequired().HasMaxLength(100).HasColumnName("libelle");
            b.Property<decimal>("TauxOccupation").HasPrecision(18, 2).HasColumnName("taux_occupation");
            b.Property<string>("Jours").IsRequired().HasMaxLength(70).HasColumnName("jours");
            b.HasKey("Code");
            b.ToTable("dossiers_planning_type", Schema);
        });
        modelBuilder.Entity(Domaine + "Placement", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<string>("StructureCode").IsRequired().HasMaxLength(30).HasColumnName("structure_code");
            b.Property<string>("PlaceCode").IsRequired().HasMaxLength(30).HasColumnName("place_code");
            b.Property<DateOnly>("Du").HasColumnName("du");
            b.Property<DateOnly?>("Au").HasColumnName("au");
            b.Property<decimal>("TauxOccupation").HasPrecision(18, 2).HasColumnName("taux_occupation");
            b.Property<string>("PlanningCode").HasMaxLength(30).HasColumnName("planning_code");
            b.Property<string>("Jours").IsRequired().HasMaxLength(70).HasColumnName("jours");
            b.Property<string>("Remarque").HasMaxLength(500).HasColumnName("remarque");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("DossierId");
            b.HasIndex("PlaceCode");
            b.HasIndex("FicheId");
            b.ToTable("dossiers_placement", Schema);
            ParDossier(b);
        });
        modelBuilder.Entity(Domaine + "ChampPersonnalise", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<string>("Prestation").IsRequired().HasMaxLength(30).HasColumnName("prestation");
            b.Property<string>("Code").IsRequired().HasMaxLength(40).HasColumnName("code");
            b.Property<string>("Libelle").IsRequired().HasMaxLength(100).HasColumnName("libelle");
            b.Property<string>("Type").IsRequired().HasMaxLength(10).HasColumnName("type");
            b.Property<bool>("Obligatoire").HasColumnName("obligatoire");
            b.Property<string>("Options").HasMaxLength(1000).HasColumnName("options");
            b.HasKey("Id");
            b.HasIndex("Prestation", "Code").IsUnique();
            b.ToTable("dossiers_champ_personnalise", Schema);
        });
        modelBuilder.Entity(Domaine + "ValeursChamps", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<DateTime>("ModifieLe").HasColumnName("modifie_le");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("DossierId").IsUnique();
            b.ToTable("dossiers_valeurs_champs", Schema);
            ParDossier(b);
        });
        modelBuilder.Entity(Domaine + "ValeurChamp", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("ValeursChampsId").HasColumnName("valeurs_champs_id");
            b.Property<string>("Code").IsRequired().HasMaxLength(40).HasColumnName("code");
            b.Property<string>("Valeur").IsRequired().HasMaxLength(1000).HasColumnName("valeur");
            b.HasKey("Id");
            b.HasIndex("ValeursChampsId", "Code").IsUnique();
            b.ToTable("dossiers_valeur_champ", Schema);
            b.HasOne(Domaine + "ValeursChamps", null).WithMany().HasForeignKey("ValeursChampsId").OnDelete(DeleteBehavior.Cascade).IsRequired()
                .HasConstraintName("FK_dossiers_valeur_champ_valeurs_champs_id");
        });
    }

    private static void ParDossier(EntityTypeBuilder b) =>
        b.HasOne(Dossier, null).WithMany().HasForeignKey("DossierId").OnDelete(DeleteBehavior.Cascade).IsRequired();
}
