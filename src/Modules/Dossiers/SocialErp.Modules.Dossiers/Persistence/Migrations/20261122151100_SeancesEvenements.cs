using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Dossiers.Persistence.Migrations;

/// <summary>Sessions, configurable event types (with the usual ones) and recorded events.</summary>
[DbContext(typeof(DossiersDbContext))]
[Migration("20261122151100_SeancesEvenements")]
internal sealed class SeancesEvenements : Migration
{
    private const string Schema = DossiersDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "dossiers_seance",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                debut = table.Column<DateTime>(nullable: false),
                fin = table.Column<DateTime>(nullable: false),
                duree_heures = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                etat = table.Column<string>(maxLength: 20, nullable: false),
                presence = table.Column<string>(maxLength: 20, nullable: true),
                intitule = table.Column<string>(maxLength: 200, nullable: true),
                lieu = table.Column<string>(maxLength: 200, nullable: true),
                motif_annulation = table.Column<string>(maxLength: 500, nullable: true),
                report_de_id = table.Column<Guid>(nullable: true),
                reportee_vers_id = table.Column<Guid>(nullable: true),
                emargee_le = table.Column<DateTime>(nullable: true),
                emargee_par = table.Column<Guid>(nullable: true),
                cree_le = table.Column<DateTime>(nullable: false),
                cree_par = table.Column<Guid>(nullable: true),
                version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_dossiers_seance", x => x.id);
                table.ForeignKey(
                    "FK_dossiers_seance_dossiers_dossier_dossier_id", x => x.dossier_id,
                    principalSchema: Schema, principalTable: "dossiers_dossier", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_dossiers_seance_dossier_id_debut", "dossiers_seance", ["dossier_id", "debut"], Schema);

        migrationBuilder.CreateTable(
            name: "dossiers_evenement_dossier",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                type_code = table.Column<string>(maxLength: 30, nullable: false),
                type_libelle = table.Column<string>(maxLength: 100, nullable: false),
                date = table.Column<DateOnly>(nullable: false),
                ordre = table.Column<long>(nullable: false),
                commentaire = table.Column<string>(maxLength: 4000, nullable: true),
                motif = table.Column<string>(maxLength: 500, nullable: true),
                champs = table.Column<string>(nullable: false),
                statut_applique = table.Column<string>(maxLength: 20, nullable: true),
                facturation_bloquee = table.Column<bool>(nullable: true),
                cree_le = table.Column<DateTime>(nullable: false),
                cree_par = table.Column<Guid>(nullable: true),
                modifie_le = table.Column<DateTime>(nullable: true),
                modifie_par = table.Column<Guid>(nullable: true),
                version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_dossiers_evenement_dossier", x => x.id);
                table.ForeignKey(
                    "FK_dossiers_evenement_dossier_dossiers_dossier_dossier_id", x => x.dossier_id,
                    principalSchema: Schema, principalTable: "dossiers_dossier", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(
            "IX_dossiers_evenement_dossier_dossier_id_date_ordre", "dossiers_evenement_dossier", ["dossier_id", "date", "ordre"], Schema);

        migrationBuilder.CreateTable(
            name: "dossiers_type_evenement",
            schema: Schema,
            columns: table => new
            {
                code = table.Column<string>(maxLength: 30, nullable: false),
                libelle = table.Column<string>(maxLength: 100, nullable: false),
                motif_requis = table.Column<bool>(nullable: false),
                champs = table.Column<string>(nullable: false),
                nouveau_statut = table.Column<string>(maxLength: 20, nullable: true),
                bloque_facturation = table.Column<bool>(nullable: true),
                echeances = table.Column<string>(nullable: false),
                attestation_modele = table.Column<string>(maxLength: 30, nullable: true),
                changement_phase = table.Column<bool>(nullable: false),
                actif = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_dossiers_type_evenement", x => x.code));
        var postgres = migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true;
        migrationBuilder.InsertData(
            table: "dossiers_type_evenement",
            schema: Schema,
            columns: ["code", "libelle", "motif_requis", "champs", "nouveau_statut", "bloque_facturation", "echeances", "attestation_modele", "changement_phase", "actif"],
            columnTypes: postgres
                ? ["character varying(30)", "character varying(100)", "boolean", "text", "character varying(20)", "boolean", "text", "character varying(30)", "boolean", "boolean"]
                : ["TEXT", "TEXT", "INTEGER", "TEXT", "TEXT", "INTEGER", "TEXT", "TEXT", "INTEGER", "INTEGER"],
            values: new object?[,]
            {
                { "ENTREE", "Entrée en prestation", false, "[]", "en-cours", false, "[{\"delaiJours\":30,\"action\":\"Bilan du premier mois\"}]", null, false, true },
                { "SORTIE_POSITIVE", "Sortie positive", false, "[]", "termine", null, "[]", "attestation-sortie", false, true },
                { "ABANDON", "Abandon", true, "[]", "abandonne", true, "[]", null, false, true },
                { "RUPTURE", "Rupture", true, "[]", "rupture", true, "[]", null, false, true },
                { "CHANGEMENT_PHASE", "Changement de phase", false, "[{\"code\":\"phase\",\"libelle\":\"Nouvelle phase\",\"requis\":true}]", null, null, "[]", null, true, true },
                { "VALIDATION_ETAPE", "Validation d'une étape", false, "[{\"code\":\"etape\",\"libelle\":\"Étape validée\",\"requis\":false}]", null, null, "[]", null, false, true },
            });
    }
}
