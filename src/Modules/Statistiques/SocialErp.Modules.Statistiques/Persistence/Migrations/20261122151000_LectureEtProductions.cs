using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace SocialErp.Modules.Statistiques.Persistence.Migrations;

/// <summary>The read model (its event log and reporting tables), templates, executions and their files, lists.</summary>
[DbContext(typeof(StatistiquesDbContext))]
[Migration("20261122151000_LectureEtProductions")]
internal sealed class LectureEtProductions : Migration
{
    private const string Schema = StatistiquesDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "statistiques_evenement_source",
            schema: Schema,
            columns: table => new
            {
                sequence = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                event_id = table.Column<Guid>(nullable: false),
                type = table.Column<string>(maxLength: 200, nullable: false),
                occurred_at = table.Column<DateTime>(nullable: false),
                recu_le = table.Column<DateTime>(nullable: false),
                payload = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_statistiques_evenement_source", x => x.sequence));
        Index(migrationBuilder, "statistiques_evenement_source", unique: true, "event_id");

        migrationBuilder.CreateTable(
            name: "statistiques_personne_lecture",
            schema: Schema,
            columns: table => new
            {
                fiche_id = table.Column<Guid>(nullable: false),
                type = table.Column<string>(maxLength: 20, nullable: false),
                nom = table.Column<string>(maxLength: 200, nullable: false),
                prenom = table.Column<string>(maxLength: 200, nullable: true),
                date_naissance = table.Column<DateOnly>(nullable: true),
                service_id = table.Column<Guid>(nullable: true),
                archivee = table.Column<bool>(nullable: false),
                fusionnee_dans = table.Column<Guid>(nullable: true),
                mise_a_jour = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_statistiques_personne_lecture", x => x.fiche_id));

        migrationBuilder.CreateTable(
            name: "statistiques_dossier_lecture",
            schema: Schema,
            columns: table => new
            {
                dossier_id = table.Column<Guid>(nullable: false),
                numero = table.Column<string>(maxLength: 50, nullable: false),
                nom = table.Column<string>(maxLength: 200, nullable: false),
                prestation = table.Column<string>(maxLength: 50, nullable: false),
                commune_domicile = table.Column<int>(nullable: true),
                service_id = table.Column<Guid>(nullable: true),
                date_ouverture = table.Column<DateOnly>(nullable: false),
                statut = table.Column<string>(maxLength: 20, nullable: false),
                date_sortie = table.Column<DateOnly>(nullable: true),
                motif_sortie = table.Column<string>(maxLength: 200, nullable: true),
                dernier_paiement_ordinaire = table.Column<DateOnly>(nullable: true),
                version_unite_allocation = table.Column<long>(nullable: false),
                mise_a_jour = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_statistiques_dossier_lecture", x => x.dossier_id));
        Index(migrationBuilder, "statistiques_dossier_lecture", unique: false, "date_ouverture");

        migrationBuilder.CreateTable(
            name: "statistiques_membre_unite_lecture",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                fiche_id = table.Column<Guid>(nullable: false),
                role = table.Column<string>(maxLength: 20, nullable: false),
                du = table.Column<DateOnly>(nullable: false),
                au = table.Column<DateOnly>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_statistiques_membre_unite_lecture", x => x.id));
        Index(migrationBuilder, "statistiques_membre_unite_lecture", unique: false, "dossier_id");
        Index(migrationBuilder, "statistiques_membre_unite_lecture", unique: false, "fiche_id");

        migrationBuilder.CreateTable(
            name: "statistiques_ligne_ecriture_lecture",
            schema: Schema,
            columns: table => new
            {
                ecriture_id = table.Column<Guid>(nullable: false),
                numero = table.Column<int>(nullable: false),
                date = table.Column<DateOnly>(nullable: false),
                periode = table.Column<string>(maxLength: 7, nullable: false),
                libelle = table.Column<string>(maxLength: 500, nullable: false),
                extourne_de = table.Column<Guid>(nullable: true),
                compte = table.Column<string>(maxLength: 50, nullable: false),
                genre_compte = table.Column<string>(maxLength: 50, nullable: false),
                debit = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                credit = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                fiche_id = table.Column<Guid>(nullable: true),
                unite_allocation_id = table.Column<Guid>(nullable: true),
                dossier_id = table.Column<Guid>(nullable: true),
                commune_domicile = table.Column<int>(nullable: true),
                prestation = table.Column<string>(maxLength: 50, nullable: true),
                type_charge = table.Column<string>(maxLength: 50, nullable: true),
                type_payeur = table.Column<string>(maxLength: 50, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_statistiques_ligne_ecriture_lecture", x => new { x.ecriture_id, x.numero }));
        Index(migrationBuilder, "statistiques_ligne_ecriture_lecture", unique: false, "periode");
        Index(migrationBuilder, "statistiques_ligne_ecriture_lecture", unique: false, "dossier_id");
        Index(migrationBuilder, "statistiques_ligne_ecriture_lecture", unique: false, "fiche_id");

        migrationBuilder.CreateTable(
            name: "statistiques_paiement_lecture",
            schema: Schema,
            columns: table => new
            {
                paiement_id = table.Column<Guid>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: true),
                fiche_id = table.Column<Guid>(nullable: true),
                date = table.Column<DateOnly>(nullable: false),
                montant = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                ordinaire = table.Column<bool>(nullable: false),
                libelle = table.Column<string>(maxLength: 500, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_statistiques_paiement_lecture", x => x.paiement_id));
        Index(migrationBuilder, "statistiques_paiement_lecture", unique: false, "dossier_id");
        Index(migrationBuilder, "statistiques_paiement_lecture", unique: false, "date");
        Index(migrationBuilder, "statistiques_paiement_lecture", unique: false, "fiche_id");

        migrationBuilder.CreateTable(
            name: "statistiques_evenement_dossier_lecture",
            schema: Schema,
            columns: table => new
            {
                evenement_id = table.Column<Guid>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                type_code = table.Column<string>(maxLength: 50, nullable: false),
                type_libelle = table.Column<string>(maxLength: 200, nullable: false),
                date = table.Column<DateOnly>(nullable: false),
                motif = table.Column<string>(maxLength: 500, nullable: true),
                nouveau_statut = table.Column<string>(maxLength: 20, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_statistiques_evenement_dossier_lecture", x => x.evenement_id));
        Index(migrationBuilder, "statistiques_evenement_dossier_lecture", unique: false, "dossier_id", "date");

        migrationBuilder.CreateTable(
            name: "statistiques_seance_lecture",
            schema: Schema,
            columns: table => new
            {
                seance_id = table.Column<Guid>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                debut = table.Column<DateTime>(nullable: false),
                fin = table.Column<DateTime>(nullable: false),
                duree_heures = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                etat = table.Column<string>(maxLength: 20, nullable: false),
                presence = table.Column<string>(maxLength: 20, nullable: true),
                mise_a_jour = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_statistiques_seance_lecture", x => x.seance_id));
        Index(migrationBuilder, "statistiques_seance_lecture", unique: false, "dossier_id");

        CreerProductions(migrationBuilder);
    }

    private static void CreerProductions(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "statistiques_modele_statistique",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                code = table.Column<string>(maxLength: 60, nullable: false),
                version = table.Column<int>(nullable: false),
                libelle = table.Column<string>(maxLength: 200, nullable: false),
                destinataire = table.Column<string>(maxLength: 30, nullable: false),
                type_periode = table.Column<string>(maxLength: 20, nullable: false),
                definition = table.Column<string>(nullable: false),
                origine = table.Column<string>(maxLength: 20, nullable: false),
                cree_le = table.Column<DateTime>(nullable: false),
                cree_par_id = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_statistiques_modele_statistique", x => x.id));
        Index(migrationBuilder, "statistiques_modele_statistique", unique: true, "code", "version");

        migrationBuilder.CreateTable(
            name: "statistiques_execution_statistique",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                type = table.Column<string>(maxLength: 20, nullable: false),
                modele_code = table.Column<string>(maxLength: 60, nullable: true),
                modele_version = table.Column<int>(nullable: true),
                liste_id = table.Column<Guid>(nullable: true),
                periode = table.Column<string>(maxLength: 20, nullable: true),
                debut = table.Column<DateOnly>(nullable: true),
                fin = table.Column<DateOnly>(nullable: true),
                format = table.Column<string>(maxLength: 10, nullable: false),
                statut = table.Column<string>(maxLength: 20, nullable: false),
                progression = table.Column<int>(nullable: false),
                planifiee = table.Column<bool>(nullable: false),
                demandee_le = table.Column<DateTime>(nullable: false),
                demandee_par_id = table.Column<Guid>(nullable: true),
                demarree_le = table.Column<DateTime>(nullable: true),
                terminee_le = table.Column<DateTime>(nullable: true),
                nombre_enregistrements = table.Column<int>(nullable: false),
                nombre_erreurs = table.Column<int>(nullable: false),
                nombre_avertissements = table.Column<int>(nullable: false),
                rapport = table.Column<string>(nullable: true),
                checksum = table.Column<string>(maxLength: 64, nullable: true),
                nom_fichier = table.Column<string>(maxLength: 200, nullable: true),
                type_contenu = table.Column<string>(maxLength: 100, nullable: true),
                taille = table.Column<long>(nullable: false),
                empreintes = table.Column<string>(nullable: true),
                differences = table.Column<string>(nullable: true),
                message = table.Column<string>(maxLength: 2000, nullable: true),
                options = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_statistiques_execution_statistique", x => x.id));
        migrationBuilder.CreateIndex(
            "IX_statistiques_execution_modele_periode", "statistiques_execution_statistique", ["modele_code", "periode", "demandee_le"], Schema);

        migrationBuilder.CreateTable(
            name: "statistiques_fichier_execution",
            schema: Schema,
            columns: table => new
            {
                execution_id = table.Column<Guid>(nullable: false),
                contenu = table.Column<byte[]>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_statistiques_fichier_execution", x => x.execution_id));

        migrationBuilder.CreateTable(
            name: "statistiques_liste_statistique",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                nom = table.Column<string>(maxLength: 200, nullable: false),
                proprietaire_id = table.Column<Guid>(nullable: true),
                partagee = table.Column<bool>(nullable: false),
                definition = table.Column<string>(nullable: false),
                cree_le = table.Column<DateTime>(nullable: false),
                version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_statistiques_liste_statistique", x => x.id));
        Index(migrationBuilder, "statistiques_liste_statistique", unique: false, "proprietaire_id");
    }

    private static void Index(MigrationBuilder migrationBuilder, string table, bool unique, params string[] columns) =>
        migrationBuilder.CreateIndex($"IX_{table}_{string.Join('_', columns)}", table, columns, Schema, unique);
}
