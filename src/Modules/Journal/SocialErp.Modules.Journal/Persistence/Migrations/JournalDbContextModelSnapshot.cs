using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SocialErp.BuildingBlocks.Messaging;

namespace SocialErp.Modules.Journal.Persistence.Migrations;

/// <summary>Hand-written: the model as the migrations leave it (EF Design is not available here).</summary>
[DbContext(typeof(JournalDbContext))]
internal sealed partial class JournalDbContextModelSnapshot : ModelSnapshot
{
    private const string Domain = "SocialErp.Modules.Journal.Domain.";

    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(JournalDbContext.Schema);
        modelBuilder.Entity(Domain + "Mutation", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("MessageId").HasColumnName("message_id");
            b.Property<long>("Sequence").HasColumnName("sequence");
            b.Property<string>("Module").IsRequired().HasMaxLength(50).HasColumnName("module");
            b.Property<string>("Entite").IsRequired().HasMaxLength(100).HasColumnName("entite");
            b.Property<string>("EntiteId").IsRequired().HasMaxLength(200).HasColumnName("entite_id");
            b.Property<string>("Operation").IsRequired().HasMaxLength(20).HasColumnName("operation");
            b.Property<string>("Nature").HasMaxLength(50).HasColumnName("nature");
            b.Property<Guid?>("UtilisateurId").HasColumnName("utilisateur_id");
            b.Property<string>("UtilisateurEmail").HasMaxLength(254).HasColumnName("utilisateur_email");
            b.Property<DateTime>("Instant").HasColumnName("instant");
            b.Property<string>("Changements").IsRequired().HasColumnName("changements");
            b.Property<string>("Empreinte").IsRequired().HasMaxLength(64).HasColumnName("empreinte");
            b.HasKey("Id");
            b.HasIndex("Sequence").IsUnique();
            b.HasIndex("Module", "Entite", "EntiteId", "Instant");
            b.HasIndex("UtilisateurId", "Instant");
            b.HasIndex("Instant");
            b.ToTable("journal_mutation", JournalDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "EntreeJournal", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<string>("CibleType").IsRequired().HasMaxLength(30).HasColumnName("cible_type");
            b.Property<Guid>("CibleId").HasColumnName("cible_id");
            b.Property<string>("Type").IsRequired().HasMaxLength(50).HasColumnName("type");
            b.Property<DateTime>("Date").HasColumnName("date");
            b.Property<string>("Texte").IsRequired().HasMaxLength(8000).HasColumnName("texte");
            b.Property<Guid?>("AuteurId").HasColumnName("auteur_id");
            b.Property<string>("AuteurMetier").HasMaxLength(30).HasColumnName("auteur_metier");
            b.Property<bool>("Automatique").HasColumnName("automatique");
            b.Property<Guid?>("SourceMessageId").HasColumnName("source_message_id");
            b.Property<string>("Participants").IsRequired().HasMaxLength(4000).HasColumnName("participants");
            b.Property<string>("Documents").IsRequired().HasMaxLength(4000).HasColumnName("documents");
            b.Property<string>("Confidentialite").IsRequired().HasMaxLength(20).HasColumnName("confidentialite");
            b.Property<string>("Destinataires").IsRequired().HasMaxLength(4000).HasColumnName("destinataires");
            b.Property<bool>("Urgente").HasColumnName("urgente");
            b.Property<int>("NombreCorrections").HasColumnName("nombre_corrections");
            b.Property<DateTime?>("CorrigeeLe").HasColumnName("corrigee_le");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("CibleType", "CibleId", "Date");
            b.HasIndex("SourceMessageId", "CibleId").IsUnique();
            b.ToTable("journal_entree_journal", JournalDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "EntreeDeplacee", b =>
        {
            b.Property<Guid>("FusionId").HasColumnName("fusion_id");
            b.Property<Guid>("EntreeId").HasColumnName("entree_id");
            b.HasKey("FusionId", "EntreeId");
            b.ToTable("journal_entree_deplacee", JournalDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "ParticipantsRepointes", b =>
        {
            b.Property<Guid>("FusionId").HasColumnName("fusion_id");
            b.Property<Guid>("EntreeId").HasColumnName("entree_id");
            b.Property<string>("Avant").IsRequired().HasMaxLength(4000).HasColumnName("avant");
            b.Property<string>("Apres").IsRequired().HasMaxLength(4000).HasColumnName("apres");
            b.HasKey("FusionId", "EntreeId");
            b.ToTable("journal_participants_repointes", JournalDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "EntreeVersion", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("EntreeId").HasColumnName("entree_id");
            b.Property<int>("Numero").HasColumnName("numero");
            b.Property<string>("Type").IsRequired().HasMaxLength(50).HasColumnName("type");
            b.Property<DateTime>("Date").HasColumnName("date");
            b.Property<string>("Texte").IsRequired().HasMaxLength(8000).HasColumnName("texte");
            b.Property<string>("Participants").IsRequired().HasMaxLength(4000).HasColumnName("participants");
            b.Property<string>("Documents").IsRequired().HasMaxLength(4000).HasColumnName("documents");
            b.Property<string>("Confidentialite").IsRequired().HasMaxLength(20).HasColumnName("confidentialite");
            b.Property<string>("Destinataires").IsRequired().HasMaxLength(4000).HasColumnName("destinataires");
            b.Property<bool>("Urgente").HasColumnName("urgente");
            b.Property<DateTime>("RemplaceeLe").HasColumnName("remplacee_le");
            b.Property<Guid?>("RemplaceePar").HasColumnName("remplacee_par");
            b.Property<string>("Motif").HasMaxLength(500).HasColumnName("motif");
            b.HasKey("Id");
            b.HasIndex("EntreeId", "Numero").IsUnique();
            b.ToTable("journal_entree_version", JournalDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "Echeance", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid?>("DossierId").HasColumnName("dossier_id");
            b.Property<Guid?>("EntreeId").HasColumnName("entree_id");
            b.Property<DateOnly>("Date").HasColumnName("date");
            b.Property<string>("Action").IsRequired().HasMaxLength(500).HasColumnName("action");
            b.Property<Guid?>("ResponsableId").HasColumnName("responsable_id");
            b.Property<string>("ResponsableMetier").HasMaxLength(30).HasColumnName("responsable_metier");
            b.Property<Guid?>("ServiceId").HasColumnName("service_id");
            b.Property<string>("Statut").IsRequired().HasMaxLength(20).HasColumnName("statut");
            b.Property<bool>("Urgente").HasColumnName("urgente");
            b.Property<Guid?>("WorkflowInstanceId").HasColumnName("workflow_instance_id");
            b.Property<string>("EtapeWorkflow").HasMaxLength(50).HasColumnName("etape_workflow");
            b.Property<DateTime>("CreeeLe").HasColumnName("creee_le");
            b.Property<DateTime?>("RealiseeLe").HasColumnName("realisee_le");
            b.Property<Guid?>("RealiseePar").HasColumnName("realisee_par");
            b.Property<string>("Commentaire").HasMaxLength(2000).HasColumnName("commentaire");
            b.Property<string>("ModificationsJson").IsRequired().HasColumnName("modifications_json");
            b.Property<string>("Source").HasMaxLength(100).HasColumnName("source");
            b.Property<bool>("Privee").HasColumnName("privee");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("ResponsableId", "Statut", "Date");
            b.HasIndex("ServiceId", "Statut", "Date");
            b.HasIndex("Statut", "Date");
            b.HasIndex("DossierId");
            b.HasIndex("EntreeId");
            b.HasIndex("Source");
            b.ToTable("journal_echeance", JournalDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "DossierSuivi", b =>
        {
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<string>("Numero").HasMaxLength(50).HasColumnName("numero");
            b.Property<Guid?>("ServiceId").HasColumnName("service_id");
            b.Property<Guid?>("ReferentId").HasColumnName("referent_id");
            b.Property<string>("ServicesPartages").IsRequired().HasMaxLength(4000).HasColumnName("services_partages");
            b.Property<string>("UtilisateursAutorises").IsRequired().HasMaxLength(8000).HasColumnName("utilisateurs_autorises");
            b.Property<long>("VersionAcces").HasColumnName("version_acces");
            b.HasKey("DossierId");
            b.ToTable("journal_dossier_suivi", JournalDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "WorkflowDefinition", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<string>("Code").IsRequired().HasMaxLength(50).HasColumnName("code");
            b.Property<int>("NumeroVersion").HasColumnName("numero_version");
            b.Property<string>("Nom").IsRequired().HasMaxLength(200).HasColumnName("nom");
            b.Property<bool>("Active").HasColumnName("active");
            b.Property<string>("Declencheur").IsRequired().HasMaxLength(30).HasColumnName("declencheur");
            b.Property<string>("TypeEvenement").HasMaxLength(50).HasColumnName("type_evenement");
            b.Property<string>("EtapesJson").IsRequired().HasColumnName("etapes_json");
            b.Property<DateTime>("CreeeLe").HasColumnName("creee_le");
            b.Property<Guid?>("CreeePar").HasColumnName("creee_par");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("Code", "NumeroVersion").IsUnique();
            b.HasIndex("Active", "Declencheur");
            b.ToTable("journal_workflow_definition", JournalDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "WorkflowInstance", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DefinitionId").HasColumnName("definition_id");
            b.Property<string>("Code").IsRequired().HasMaxLength(50).HasColumnName("code");
            b.Property<int>("NumeroVersion").HasColumnName("numero_version");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<DateOnly>("DateDebut").HasColumnName("date_debut");
            b.Property<string>("EtapeCourante").HasMaxLength(50).HasColumnName("etape_courante");
            b.Property<bool>("Terminee").HasColumnName("terminee");
            b.Property<DateTime>("DemarreeLe").HasColumnName("demarree_le");
            b.Property<Guid?>("DemarreePar").HasColumnName("demarree_par");
            b.Property<DateTime?>("TermineeLe").HasColumnName("terminee_le");
            b.Property<Guid?>("SourceMessageId").HasColumnName("source_message_id");
            b.Property<string>("MotifArret").HasMaxLength(600).HasColumnName("motif_arret");
            b.Property<string>("HistoriqueJson").IsRequired().HasColumnName("historique_json");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("DossierId");
            b.HasIndex("SourceMessageId", "DefinitionId").IsUnique();
            b.ToTable("journal_workflow_instance", JournalDbContext.Schema);
        });
        Notifications(modelBuilder);
        MessagingModelSnapshot.Build(modelBuilder, JournalDbContext.Schema);
    }
}
