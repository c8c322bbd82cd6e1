using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Journal.Persistence.Migrations;

/// <summary>
/// Journal de bord of dossiers (confidentiality, participants, documents, corrections), échéances, workflows, the
/// Journal's copy of dossier access, and the hash chain of the journal des mutations (append-only).
/// </summary>
[DbContext(typeof(JournalDbContext))]
[Migration("20261122151000_JournalComplet")]
internal sealed class JournalComplet : Migration
{
    private const string Schema = JournalDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        AjouterChaineMutations(migrationBuilder);
        CompleterEntrees(migrationBuilder);
        CreerEcheances(migrationBuilder);
        CreerDossiersSuivis(migrationBuilder);
        CreerWorkflows(migrationBuilder);
    }

    private static void AjouterChaineMutations(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<long>("sequence", "journal_mutation", schema: Schema, nullable: false, defaultValue: 0L);
        migrationBuilder.AddColumn<string>("nature", "journal_mutation", schema: Schema, maxLength: 50, nullable: true);
        migrationBuilder.AddColumn<string>("empreinte", "journal_mutation", schema: Schema, maxLength: 64, nullable: false, defaultValue: "");

        // Lines written before the chain existed get their place in it; their empreinte stays empty, so the
        // verification reports them (a database created before this migration starts its chain unsealed).
        migrationBuilder.Sql(JournalSql.NumeroterMutationsExistantes(migrationBuilder.ActiveProvider));
        migrationBuilder.CreateIndex("IX_journal_mutation_sequence", "journal_mutation", "sequence", Schema, unique: true);
        migrationBuilder.CreateIndex(
            "IX_journal_mutation_utilisateur_id_instant", "journal_mutation", ["utilisateur_id", "instant"], Schema);
        migrationBuilder.Sql(JournalSql.InterdireModificationMutations(migrationBuilder.ActiveProvider));
    }

    private static void CompleterEntrees(MigrationBuilder migrationBuilder)
    {
        const string table = "journal_entree_journal";
        migrationBuilder.AddColumn<string>("auteur_metier", table, schema: Schema, maxLength: 30, nullable: true);
        migrationBuilder.AddColumn<string>("participants", table, schema: Schema, maxLength: 4000, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>("documents", table, schema: Schema, maxLength: 4000, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>("confidentialite", table, schema: Schema, maxLength: 20, nullable: false, defaultValue: "Dossier");
        migrationBuilder.AddColumn<string>("destinataires", table, schema: Schema, maxLength: 4000, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<bool>("urgente", table, schema: Schema, nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<int>("nombre_corrections", table, schema: Schema, nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<DateTime>("corrigee_le", table, schema: Schema, nullable: true);

        // A document on several targets notes itself in each journal: one entry per event and target.
        migrationBuilder.DropIndex("IX_journal_entree_journal_source_message_id", table, Schema);
        migrationBuilder.CreateIndex(
            "IX_journal_entree_journal_source_message_id_cible_id", table, ["source_message_id", "cible_id"], Schema, unique: true);

        migrationBuilder.CreateTable(
            name: "journal_entree_version",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(nullable: false),
                entree_id = t.Column<Guid>(nullable: false),
                numero = t.Column<int>(nullable: false),
                type = t.Column<string>(maxLength: 50, nullable: false),
                date = t.Column<DateTime>(nullable: false),
                texte = t.Column<string>(maxLength: 8000, nullable: false),
                participants = t.Column<string>(maxLength: 4000, nullable: false),
                documents = t.Column<string>(maxLength: 4000, nullable: false),
                confidentialite = t.Column<string>(maxLength: 20, nullable: false),
                destinataires = t.Column<string>(maxLength: 4000, nullable: false),
                urgente = t.Column<bool>(nullable: false),
                remplacee_le = t.Column<DateTime>(nullable: false),
                remplacee_par = t.Column<Guid>(nullable: true),
                motif = t.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_journal_entree_version", x => x.id));
        migrationBuilder.CreateIndex(
            "IX_journal_entree_version_entree_id_numero", "journal_entree_version", ["entree_id", "numero"], Schema, unique: true);
    }

    private static void CreerEcheances(MigrationBuilder migrationBuilder)
    {
        const string table = "journal_echeance";
        migrationBuilder.CreateTable(
            name: table,
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(nullable: false),
                dossier_id = t.Column<Guid>(nullable: true),
                entree_id = t.Column<Guid>(nullable: true),
                date = t.Column<DateOnly>(nullable: false),
                action = t.Column<string>(maxLength: 500, nullable: false),
                responsable_id = t.Column<Guid>(nullable: true),
                responsable_metier = t.Column<string>(maxLength: 30, nullable: true),
                service_id = t.Column<Guid>(nullable: true),
                statut = t.Column<string>(maxLength: 20, nullable: false),
                urgente = t.Column<bool>(nullable: false),
                workflow_instance_id = t.Column<Guid>(nullable: true),
                etape_workflow = t.Column<string>(maxLength: 50, nullable: true),
                creee_le = t.Column<DateTime>(nullable: false),
                realisee_le = t.Column<DateTime>(nullable: true),
                realisee_par = t.Column<Guid>(nullable: true),
                commentaire = t.Column<string>(maxLength: 2000, nullable: true),
                version = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_journal_echeance", x => x.id));
        migrationBuilder.CreateIndex(
            "IX_journal_echeance_responsable_id_statut_date", table, ["responsable_id", "statut", "date"], Schema);
        migrationBuilder.CreateIndex("IX_journal_echeance_service_id_statut_date", table, ["service_id", "statut", "date"], Schema);
        migrationBuilder.CreateIndex("IX_journal_echeance_statut_date", table, ["statut", "date"], Schema);
        migrationBuilder.CreateIndex("IX_journal_echeance_dossier_id", table, "dossier_id", Schema);
        migrationBuilder.CreateIndex("IX_journal_echeance_entree_id", table, "entree_id", Schema);
    }

    private static void CreerDossiersSuivis(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "journal_dossier_suivi",
            schema: Schema,
            columns: t => new
            {
                dossier_id = t.Column<Guid>(nullable: false),
                numero = t.Column<string>(maxLength: 50, nullable: true),
                service_id = t.Column<Guid>(nullable: true),
                referent_id = t.Column<Guid>(nullable: true),
                services_partages = t.Column<string>(maxLength: 4000, nullable: false),
                utilisateurs_autorises = t.Column<string>(maxLength: 8000, nullable: false),
                version_acces = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_journal_dossier_suivi", x => x.dossier_id));

    private static void CreerWorkflows(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "journal_workflow_definition",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(nullable: false),
                code = t.Column<string>(maxLength: 50, nullable: false),
                numero_version = t.Column<int>(nullable: false),
                nom = t.Column<string>(maxLength: 200, nullable: false),
                active = t.Column<bool>(nullable: false),
                declencheur = t.Column<string>(maxLength: 30, nullable: false),
                type_evenement = t.Column<string>(maxLength: 50, nullable: true),
                etapes_json = t.Column<string>(nullable: false),
                creee_le = t.Column<DateTime>(nullable: false),
                creee_par = t.Column<Guid>(nullable: true),
                version = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_journal_workflow_definition", x => x.id));
        migrationBuilder.CreateIndex(
            "IX_journal_workflow_definition_code_numero_version", "journal_workflow_definition", ["code", "numero_version"], Schema, unique: true);
        migrationBuilder.CreateIndex(
            "IX_journal_workflow_definition_active_declencheur", "journal_workflow_definition", ["active", "declencheur"], Schema);

        migrationBuilder.CreateTable(
            name: "journal_workflow_instance",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(nullable: false),
                definition_id = t.Column<Guid>(nullable: false),
                code = t.Column<string>(maxLength: 50, nullable: false),
                numero_version = t.Column<int>(nullable: false),
                dossier_id = t.Column<Guid>(nullable: false),
                date_debut = t.Column<DateOnly>(nullable: false),
                etape_courante = t.Column<string>(maxLength: 50, nullable: true),
                terminee = t.Column<bool>(nullable: false),
                demarree_le = t.Column<DateTime>(nullable: false),
                demarree_par = t.Column<Guid>(nullable: true),
                terminee_le = t.Column<DateTime>(nullable: true),
                source_message_id = t.Column<Guid>(nullable: true),
                historique_json = t.Column<string>(nullable: false),
                version = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_journal_workflow_instance", x => x.id));
        migrationBuilder.CreateIndex("IX_journal_workflow_instance_dossier_id", "journal_workflow_instance", "dossier_id", Schema);
        migrationBuilder.CreateIndex(
            "IX_journal_workflow_instance_source_message_id_definition_id", "journal_workflow_instance",
            ["source_message_id", "definition_id"], Schema, unique: true);
    }
}
