using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using SocialErp.BuildingBlocks.Messaging;

namespace SocialErp.Modules.Statistiques.Persistence.Migrations;

/// <summary>Hand-written: the model as the migrations leave it (EF Design is not available here).</summary>
[DbContext(typeof(StatistiquesDbContext))]
internal sealed class StatistiquesDbContextModelSnapshot : ModelSnapshot
{
    private const string Schema = StatistiquesDbContext.Schema;
    private const string Lecture = "SocialErp.Modules.Statistiques.Domain.Lecture.";

    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity(Lecture + "EvenementSource", b =>
        {
            b.Property<long>("Sequence").ValueGeneratedOnAdd().HasColumnName("sequence")
                .HasAnnotation("Sqlite:Autoincrement", true)
                .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<Guid>("EventId").HasColumnName("event_id");
            Texte(b, "Type", "type", 200, requis: true);
            b.Property<DateTime>("OccurredAt").HasColumnName("occurred_at");
            b.Property<DateTime>("RecuLe").HasColumnName("recu_le");
            Texte(b, "Payload", "payload", null, requis: true);
            b.HasKey("Sequence");
            b.HasIndex("EventId").IsUnique();
            b.ToTable("statistiques_evenement_source", Schema);
        });
        modelBuilder.Entity(Lecture + "PersonneLecture", b =>
        {
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            Texte(b, "Type", "type", 20, requis: true);
            Texte(b, "Nom", "nom", 200, requis: true);
            Texte(b, "Prenom", "prenom", 200, requis: false);
            b.Property<DateOnly?>("DateNaissance").HasColumnName("date_naissance");
            b.Property<Guid?>("ServiceId").HasColumnName("service_id");
            b.Property<bool>("Archivee").HasColumnName("archivee");
            b.Property<Guid?>("FusionneeDans").HasColumnName("fusionnee_dans");
            b.Property<DateTime>("MiseAJour").HasColumnName("mise_a_jour");
            Texte(b, "EtatCivil", "etat_civil", 30, requis: false);
            Texte(b, "Nationalite", "nationalite", 10, requis: false);
            b.HasKey("FicheId");
            b.ToTable("statistiques_personne_lecture", Schema);
        });
        modelBuilder.Entity(Lecture + "DossierLecture", b =>
        {
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            Texte(b, "Numero", "numero", 50, requis: true);
            Texte(b, "Nom", "nom", 200, requis: true);
            Texte(b, "Prestation", "prestation", 50, requis: true);
            b.Property<int?>("CommuneDomicile").HasColumnName("commune_domicile");
            b.Property<Guid?>("ServiceId").HasColumnName("service_id");
            b.Property<DateOnly>("DateOuverture").HasColumnName("date_ouverture");
            Texte(b, "Statut", "statut", 20, requis: true);
            b.Property<DateOnly?>("DateSortie").HasColumnName("date_sortie");
            Texte(b, "MotifSortie", "motif_sortie", 200, requis: false);
            b.Property<DateOnly?>("DernierPaiementOrdinaire").HasColumnName("dernier_paiement_ordinaire");
            b.Property<long>("VersionUniteAllocation").HasColumnName("version_unite_allocation");
            b.Property<long>("VersionChamps").HasColumnName("version_champs");
            b.Property<DateTime>("MiseAJour").HasColumnName("mise_a_jour");
            b.HasKey("DossierId");
            b.HasIndex("DateOuverture");
            b.ToTable("statistiques_dossier_lecture", Schema);
        });
        modelBuilder.Entity(Lecture + "ChampDossierLecture", b =>
        {
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            Texte(b, "Code", "code", 50, requis: true);
            Texte(b, "Type", "type", 20, requis: true);
            Texte(b, "Valeur", "valeur", 2000, requis: true);
            b.HasKey("DossierId", "Code");
            b.HasIndex("Code");
            b.ToTable("statistiques_champ_dossier_lecture", Schema);
        });
        modelBuilder.Entity(Lecture + "FinancementLecture", b =>
        {
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<long>("Version").HasColumnName("version");
            Texte(b, "ConventionReference", "convention_reference", 100, requis: false);
            b.Property<DateOnly?>("ConventionDu").HasColumnName("convention_du");
            b.Property<DateOnly?>("ConventionAu").HasColumnName("convention_au");
            b.Property<decimal?>("HeuresFinancees").HasPrecision(18, 2).HasColumnName("heures_financees");
            b.Property<Guid>("FinanceurPrincipalId").HasColumnName("financeur_principal_id");
            Texte(b, "TypeFinanceur", "type_financeur", 20, requis: true);
            Texte(b, "ModeMontant", "mode_montant", 20, requis: true);
            Montant(b, "MontantTotal", "montant_total");
            b.Property<int>("NombreCoFinanceurs").HasColumnName("nombre_co_financeurs");
            b.HasKey("DossierId");
            b.HasIndex("FinanceurPrincipalId");
            b.ToTable("statistiques_financement_lecture", Schema);
        });
        modelBuilder.Entity(Lecture + "MembreUniteLecture", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            Texte(b, "Role", "role", 20, requis: true);
            b.Property<DateOnly>("Du").HasColumnName("du");
            b.Property<DateOnly?>("Au").HasColumnName("au");
            b.HasKey("Id");
            b.HasIndex("DossierId");
            b.HasIndex("FicheId");
            b.ToTable("statistiques_membre_unite_lecture", Schema);
        });
        modelBuilder.Entity(Lecture + "LigneEcritureLecture", b =>
        {
            b.Property<Guid>("EcritureId").HasColumnName("ecriture_id");
            b.Property<int>("Numero").HasColumnName("numero");
            b.Property<DateOnly>("Date").HasColumnName("date");
            Texte(b, "Periode", "periode", 7, requis: true);
            Texte(b, "Libelle", "libelle", 500, requis: true);
            b.Property<Guid?>("ExtourneDe").HasColumnName("extourne_de");
            Texte(b, "Compte", "compte", 50, requis: true);
            Texte(b, "GenreCompte", "genre_compte", 50, requis: true);
            Montant(b, "Debit", "debit");
            Montant(b, "Credit", "credit");
            b.Property<Guid?>("FicheId").HasColumnName("fiche_id");
            b.Property<Guid?>("UniteAllocationId").HasColumnName("unite_allocation_id");
            b.Property<Guid?>("DossierId").HasColumnName("dossier_id");
            b.Property<int?>("CommuneDomicile").HasColumnName("commune_domicile");
            Texte(b, "Prestation", "prestation", 50, requis: false);
            Texte(b, "TypeCharge", "type_charge", 50, requis: false);
            Texte(b, "TypePayeur", "type_payeur", 50, requis: false);
            b.HasKey("EcritureId", "Numero");
            b.HasIndex("Periode");
            b.HasIndex("DossierId");
            b.HasIndex("FicheId");
            b.ToTable("statistiques_ligne_ecriture_lecture", Schema);
        });
        modelBuilder.Entity(Lecture + "PaiementLecture", b =>
        {
            b.Property<Guid>("PaiementId").HasColumnName("paiement_id");
            b.Property<Guid?>("DossierId").HasColumnName("dossier_id");
            b.Property<Guid?>("FicheId").HasColumnName("fiche_id");
            b.Property<DateOnly>("Date").HasColumnName("date");
            Montant(b, "Montant", "montant");
            b.Property<bool>("Ordinaire").HasColumnName("ordinaire");
            Texte(b, "Libelle", "libelle", 500, requis: true);
            b.HasKey("PaiementId");
            b.HasIndex("DossierId");
            b.HasIndex("Date");
            b.HasIndex("FicheId");
            b.ToTable("statistiques_paiement_lecture", Schema);
        });
        modelBuilder.Entity(Lecture + "DeplacementFusionLecture", b =>
        {
            b.Property<Guid>("FusionId").HasColumnName("fusion_id");
            Texte(b, "Genre", "genre", 20, requis: true);
            b.Property<Guid>("SourceId").HasColumnName("source_id");
            b.Property<int>("Numero").HasColumnName("numero");
            b.HasKey("FusionId", "Genre", "SourceId", "Numero");
            b.ToTable("statistiques_deplacement_fusion_lecture", Schema);
        });
        modelBuilder.Entity(Lecture + "EvenementDossierLecture", b =>
        {
            b.Property<Guid>("EvenementId").HasColumnName("evenement_id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            Texte(b, "TypeCode", "type_code", 50, requis: true);
            Texte(b, "TypeLibelle", "type_libelle", 200, requis: true);
            b.Property<DateOnly>("Date").HasColumnName("date");
            Texte(b, "Motif", "motif", 500, requis: false);
            Texte(b, "NouveauStatut", "nouveau_statut", 20, requis: false);
            b.HasKey("EvenementId");
            b.HasIndex("DossierId", "Date");
            b.ToTable("statistiques_evenement_dossier_lecture", Schema);
        });
        modelBuilder.Entity(Lecture + "SeanceLecture", b =>
        {
            b.Property<Guid>("SeanceId").HasColumnName("seance_id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<DateTime>("Debut").HasColumnName("debut");
            b.Property<DateTime>("Fin").HasColumnName("fin");
            Montant(b, "DureeHeures", "duree_heures");
            Texte(b, "Etat", "etat", 20, requis: true);
            Texte(b, "Presence", "presence", 20, requis: false);
            b.Property<DateTime>("MiseAJour").HasColumnName("mise_a_jour");
            b.HasKey("SeanceId");
            b.HasIndex("DossierId");
            b.ToTable("statistiques_seance_lecture", Schema);
        });
        BuildProductions(modelBuilder);
        MessagingModelSnapshot.Build(modelBuilder, Schema);
    }

    private static void BuildProductions(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity("SocialErp.Modules.Statistiques.Domain.Modeles.ModeleStatistique", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            Texte(b, "Code", "code", 60, requis: true);
            b.Property<int>("Version").HasColumnName("version");
            Texte(b, "Libelle", "libelle", 200, requis: true);
            Texte(b, "Destinataire", "destinataire", 30, requis: true);
            Texte(b, "TypePeriode", "type_periode", 20, requis: true);
            Texte(b, "Definition", "definition", null, requis: true);
            Texte(b, "Origine", "origine", 20, requis: true);
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<Guid?>("CreeParId").HasColumnName("cree_par_id");
            b.HasKey("Id");
            b.HasIndex("Code", "Version").IsUnique();
            b.ToTable("statistiques_modele_statistique", Schema);
        });
        modelBuilder.Entity("SocialErp.Modules.Statistiques.Domain.Executions.ExecutionStatistique", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            Texte(b, "Type", "type", 20, requis: true);
            Texte(b, "ModeleCode", "modele_code", 60, requis: false);
            b.Property<int?>("ModeleVersion").HasColumnName("modele_version");
            b.Property<Guid?>("ListeId").HasColumnName("liste_id");
            Texte(b, "Periode", "periode", 20, requis: false);
            b.Property<DateOnly?>("Debut").HasColumnName("debut");
            b.Property<DateOnly?>("Fin").HasColumnName("fin");
            Texte(b, "Format", "format", 10, requis: true);
            Texte(b, "Statut", "statut", 20, requis: true);
            b.Property<int>("Progression").HasColumnName("progression");
            b.Property<bool>("Planifiee").HasColumnName("planifiee");
            b.Property<DateTime>("DemandeeLe").HasColumnName("demandee_le");
            b.Property<Guid?>("DemandeeParId").HasColumnName("demandee_par_id");
            b.Property<DateTime?>("DemarreeLe").HasColumnName("demarree_le");
            b.Property<DateTime?>("TermineeLe").HasColumnName("terminee_le");
            b.Property<int>("NombreEnregistrements").HasColumnName("nombre_enregistrements");
            b.Property<int>("NombreErreurs").HasColumnName("nombre_erreurs");
            b.Property<int>("NombreAvertissements").HasColumnName("nombre_avertissements");
            Texte(b, "Rapport", "rapport", null, requis: false);
            Texte(b, "Checksum", "checksum", 64, requis: false);
            Texte(b, "NomFichier", "nom_fichier", 200, requis: false);
            Texte(b, "TypeContenu", "type_contenu", 100, requis: false);
            b.Property<long>("Taille").HasColumnName("taille");
            Texte(b, "Empreintes", "empreintes", null, requis: false);
            Texte(b, "Differences", "differences", null, requis: false);
            Texte(b, "Message", "message", 2000, requis: false);
            Texte(b, "Options", "options", null, requis: false);
            b.HasKey("Id");
            b.HasIndex("ModeleCode", "Periode", "DemandeeLe").HasDatabaseName("IX_statistiques_execution_modele_periode");
            b.ToTable("statistiques_execution_statistique", Schema);
        });
        modelBuilder.Entity("SocialErp.Modules.Statistiques.Domain.Executions.FichierExecution", b =>
        {
            b.Property<Guid>("ExecutionId").HasColumnName("execution_id");
            b.Property<byte[]>("Contenu").IsRequired().HasColumnName("contenu");
            b.HasKey("ExecutionId");
            b.ToTable("statistiques_fichier_execution", Schema);
        });
        modelBuilder.Entity("SocialErp.Modules.Statistiques.Domain.Listes.ListeStatistique", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            Texte(b, "Nom", "nom", 200, requis: true);
            b.Property<Guid?>("ProprietaireId").HasColumnName("proprietaire_id");
            b.Property<bool>("Partagee").HasColumnName("partagee");
            Texte(b, "Definition", "definition", null, requis: true);
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("ProprietaireId");
            b.ToTable("statistiques_liste_statistique", Schema);
        });
    }

    private static void Texte(EntityTypeBuilder b, string propriete, string colonne, int? longueur, bool requis)
    {
        var property = b.Property<string>(propriete).HasColumnName(colonne).IsRequired(requis);
        if (longueur is { } max)
        {
            property.HasMaxLength(max);
        }
    }

    private static void Montant(EntityTypeBuilder b, string propriete, string colonne) =>
        b.Property<decimal>(propriete).HasPrecision(18, 2).HasColumnName(colonne);
}
