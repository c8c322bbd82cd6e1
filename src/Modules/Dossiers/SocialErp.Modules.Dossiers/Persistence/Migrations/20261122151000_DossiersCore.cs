using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace SocialErp.Modules.Dossiers.Persistence.Migrations;

/// <summary>Dossiers with members, allocation-unit periods, referents, shares, status history; numbering; prestations.</summary>
[DbContext(typeof(DossiersDbContext))]
[Migration("20261122151000_DossiersCore")]
internal sealed class DossiersCore : Migration
{
    private const string Schema = DossiersDbContext.Schema;
    private const string Dossier = "dossiers_dossier";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Dossier,
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                numero = table.Column<string>(maxLength: 30, nullable: false),
                nom = table.Column<string>(maxLength: 200, nullable: false),
                description = table.Column<string>(maxLength: 2000, nullable: true),
                prestation = table.Column<string>(maxLength: 30, nullable: false),
                commune_domicile = table.Column<int>(nullable: true),
                service_id = table.Column<Guid>(nullable: true),
                statut = table.Column<string>(maxLength: 20, nullable: false),
                date_ouverture = table.Column<DateOnly>(nullable: false),
                date_cloture = table.Column<DateOnly>(nullable: true),
                motif_cloture = table.Column<string>(maxLength: 500, nullable: true),
                date_entree = table.Column<DateOnly>(nullable: true),
                date_fin_prevue = table.Column<DateOnly>(nullable: true),
                date_sortie_reelle = table.Column<DateOnly>(nullable: true),
                facturation_bloquee = table.Column<bool>(nullable: false),
                cree_le = table.Column<DateTime>(nullable: false),
                cree_par = table.Column<Guid>(nullable: true),
                modifie_le = table.Column<DateTime>(nullable: true),
                texte_recherche = table.Column<string>(maxLength: 231, nullable: false),
                version_unite_allocation = table.Column<long>(nullable: false),
                version_acces = table.Column<long>(nullable: false),
                dernier_ordre_evenement = table.Column<long>(nullable: false),
                version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_dossiers_dossier", x => x.id));
        migrationBuilder.CreateIndex("IX_dossiers_dossier_numero", Dossier, "numero", Schema, unique: true);
        migrationBuilder.CreateIndex("IX_dossiers_dossier_service_id_statut", Dossier, ["service_id", "statut"], Schema);
        migrationBuilder.CreateIndex("IX_dossiers_dossier_prestation", Dossier, "prestation", Schema);
        migrationBuilder.CreateIndex("IX_dossiers_dossier_texte_recherche", Dossier, "texte_recherche", Schema);

        migrationBuilder.CreateTable(
            name: "dossiers_membre",
            schema: Schema,
            columns: table => new
            {
                dossier_id = table.Column<Guid>(nullable: false),
                fiche_id = table.Column<Guid>(nullable: false),
                role = table.Column<string>(maxLength: 20, nullable: false),
                ajoute_le = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_dossiers_membre", x => new { x.dossier_id, x.fiche_id });
                ParDossier(table, "dossiers_membre", x => x.dossier_id);
            });
        migrationBuilder.CreateIndex("IX_dossiers_membre_fiche_id", "dossiers_membre", "fiche_id", Schema);

        migrationBuilder.CreateTable(
            name: "dossiers_periode_ua",
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
            constraints: table =>
            {
                table.PrimaryKey("PK_dossiers_periode_ua", x => x.id);
                ParDossier(table, "dossiers_periode_ua", x => x.dossier_id);
            });
        migrationBuilder.CreateIndex("IX_dossiers_periode_ua_dossier_id", "dossiers_periode_ua", "dossier_id", Schema);
        migrationBuilder.CreateIndex("IX_dossiers_periode_ua_fiche_id", "dossiers_periode_ua", "fiche_id", Schema);

        migrationBuilder.CreateTable(
            name: "dossiers_referent",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                utilisateur_id = table.Column<Guid>(nullable: false),
                fiche_intervenant_id = table.Column<Guid>(nullable: true),
                du = table.Column<DateOnly>(nullable: false),
                au = table.Column<DateOnly>(nullable: true),
                principal = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_dossiers_referent", x => x.id);
                ParDossier(table, "dossiers_referent", x => x.dossier_id);
            });
        migrationBuilder.CreateIndex("IX_dossiers_referent_dossier_id", "dossiers_referent", "dossier_id", Schema);
        migrationBuilder.CreateIndex("IX_dossiers_referent_utilisateur_id", "dossiers_referent", "utilisateur_id", Schema);

        migrationBuilder.CreateTable(
            name: "dossiers_partage",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                utilisateur_id = table.Column<Guid>(nullable: true),
                service_id = table.Column<Guid>(nullable: true),
                du = table.Column<DateOnly>(nullable: false),
                au = table.Column<DateOnly>(nullable: true),
                cree_le = table.Column<DateTime>(nullable: false),
                cree_par = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_dossiers_partage", x => x.id);
                ParDossier(table, "dossiers_partage", x => x.dossier_id);
            });
        migrationBuilder.CreateIndex("IX_dossiers_partage_dossier_id", "dossiers_partage", "dossier_id", Schema);
        migrationBuilder.CreateIndex("IX_dossiers_partage_utilisateur_id", "dossiers_partage", "utilisateur_id", Schema);
        migrationBuilder.CreateIndex("IX_dossiers_partage_service_id", "dossiers_partage", "service_id", Schema);

        migrationBuilder.CreateTable(
            name: "dossiers_changement_statut",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                ancien_statut = table.Column<string>(maxLength: 20, nullable: true),
                nouveau_statut = table.Column<string>(maxLength: 20, nullable: false),
                date = table.Column<DateOnly>(nullable: false),
                motif = table.Column<string>(maxLength: 500, nullable: true),
                enregistre_le = table.Column<DateTime>(nullable: false),
                auteur = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_dossiers_changement_statut", x => x.id);
                ParDossier(table, "dossiers_changement_statut", x => x.dossier_id);
            });
        migrationBuilder.CreateIndex("IX_dossiers_changement_statut_dossier_id", "dossiers_changement_statut", "dossier_id", Schema);

        migrationBuilder.CreateTable(
            name: "dossiers_compteur_numero",
            schema: Schema,
            columns: table => new
            {
                annee = table.Column<int>(nullable: false),
                dernier = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_dossiers_compteur_numero", x => x.annee));

        migrationBuilder.CreateTable(
            name: "dossiers_dernier_paiement",
            schema: Schema,
            columns: table => new
            {
                dossier_id = table.Column<Guid>(nullable: false),
                date = table.Column<DateOnly>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_dossiers_dernier_paiement", x => x.dossier_id));

        migrationBuilder.CreateTable(
            name: "dossiers_prestation",
            schema: Schema,
            columns: table => new
            {
                code = table.Column<string>(maxLength: 30, nullable: false),
                libelle = table.Column<string>(maxLength: 100, nullable: false),
                active = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_dossiers_prestation", x => x.code));
        migrationBuilder.InsertData(
            table: "dossiers_prestation",
            schema: Schema,
            columns: ["code", "libelle", "active"],
            columnTypes: migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true
                ? ["character varying(30)", "character varying(100)", "boolean"]
                : ["TEXT", "TEXT", "INTEGER"],
            values: new object[,]
            {
                { "WSH", "Aide sociale économique", true },
                { "ALBV", "Avances sur pensions alimentaires", true },
                { "ASILE", "Asile", true },
                { "REFUGIES", "Réfugiés", true },
                { "ACCOMPAGNEMENT", "Accompagnement social", true },
                { "FORMATION", "Formation", true },
                { "PLACEMENT", "Placement et structures", true },
            });
    }

    private static void ParDossier<T>(CreateTableBuilder<T> table, string nom, System.Linq.Expressions.Expression<Func<T, object>> colonne) =>
        table.ForeignKey(
            $"FK_{nom}_dossiers_dossier_dossier_id", colonne,
            principalSchema: Schema, principalTable: Dossier, principalColumn: "id", onDelete: ReferentialAction.Cascade);
}
