using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SocialErp.Modules.Comptabilite.Domain;

namespace SocialErp.Modules.Comptabilite.Persistence.Migrations;

/// <summary>
/// Chart of accounts (with the default Swiss chart), entries and lines, accounting periods and their trace, the
/// allocation-unit projection, merge re-pointing, social-debt remissions and agreements, idempotency keys.
/// </summary>
[DbContext(typeof(ComptabiliteDbContext))]
[Migration("20261122153000_GrandsLivres")]
internal sealed class GrandsLivres : Migration
{
    private const string Schema = ComptabiliteDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "comptabilite_compte",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                numero = table.Column<string>(maxLength: 20, nullable: false),
                libelle = table.Column<string>(maxLength: 200, nullable: false),
                classe = table.Column<string>(maxLength: 30, nullable: false),
                genre = table.Column<string>(maxLength: 30, nullable: false),
                type_charge = table.Column<string>(maxLength: 30, nullable: true),
                categorie_dette = table.Column<string>(maxLength: 30, nullable: true),
                actif = table.Column<bool>(nullable: false),
                version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_comptabilite_compte", x => x.id));
        migrationBuilder.CreateIndex("IX_comptabilite_compte_numero", "comptabilite_compte", "numero", Schema, unique: true);

        migrationBuilder.CreateTable(
            name: "comptabilite_ecriture",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                date = table.Column<DateOnly>(nullable: false),
                annee = table.Column<int>(nullable: false),
                mois = table.Column<int>(nullable: false),
                libelle = table.Column<string>(maxLength: 300, nullable: false),
                piece_id = table.Column<Guid>(nullable: true),
                extourne_de = table.Column<Guid>(nullable: true),
                total = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                cree_le = table.Column<DateTime>(nullable: false),
                cree_par = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_comptabilite_ecriture", x => x.id));
        migrationBuilder.CreateIndex("IX_comptabilite_ecriture_annee_mois", "comptabilite_ecriture", ["annee", "mois"], Schema);
        migrationBuilder.CreateIndex("IX_comptabilite_ecriture_extourne_de", "comptabilite_ecriture", "extourne_de", Schema, unique: true);

        migrationBuilder.CreateTable(
            name: "comptabilite_ligne_ecriture",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                ecriture_id = table.Column<Guid>(nullable: false),
                ordre = table.Column<int>(nullable: false),
                compte_id = table.Column<Guid>(nullable: false),
                genre = table.Column<string>(maxLength: 30, nullable: false),
                date = table.Column<DateOnly>(nullable: false),
                debit = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                credit = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                fiche_id = table.Column<Guid>(nullable: true),
                unite_allocation_id = table.Column<Guid>(nullable: true),
                dossier_id = table.Column<Guid>(nullable: true),
                commune_domicile = table.Column<int>(nullable: true),
                prestation = table.Column<string>(maxLength: 30, nullable: true),
                type_charge = table.Column<string>(maxLength: 30, nullable: true),
                type_payeur = table.Column<string>(maxLength: 30, nullable: true),
                libelle = table.Column<string>(maxLength: 300, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_comptabilite_ligne_ecriture", x => x.id);
                table.ForeignKey(
                    "FK_comptabilite_ligne_ecriture_ecriture_id", x => x.ecriture_id,
                    principalSchema: Schema, principalTable: "comptabilite_ecriture", principalColumn: "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    "FK_comptabilite_ligne_ecriture_comptabilite_compte_compte_id", x => x.compte_id,
                    principalSchema: Schema, principalTable: "comptabilite_compte", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_comptabilite_ligne_ecriture_ecriture_id", "comptabilite_ligne_ecriture", "ecriture_id", Schema);
        migrationBuilder.CreateIndex("IX_comptabilite_ligne_ecriture_compte_id", "comptabilite_ligne_ecriture", "compte_id", Schema);
        migrationBuilder.CreateIndex("IX_comptabilite_ligne_ecriture_fiche_id_date", "comptabilite_ligne_ecriture", ["fiche_id", "date"], Schema);
        migrationBuilder.CreateIndex(
            "IX_comptabilite_ligne_ecriture_unite_allocation_id_date", "comptabilite_ligne_ecriture", ["unite_allocation_id", "date"], Schema);
        migrationBuilder.CreateIndex("IX_comptabilite_ligne_ecriture_date", "comptabilite_ligne_ecriture", "date", Schema);

        CreerPeriodes(migrationBuilder);
        CreerProjections(migrationBuilder);
        CreerDette(migrationBuilder);
        InstallerPlanComptable(migrationBuilder);
    }

    private static void CreerPeriodes(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "comptabilite_periode_comptable",
            schema: Schema,
            columns: table => new
            {
                annee = table.Column<int>(nullable: false),
                mois = table.Column<int>(nullable: false),
                cloturee = table.Column<bool>(nullable: false),
                cloturee_le = table.Column<DateTime>(nullable: true),
                cloturee_par = table.Column<Guid>(nullable: true),
                version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_comptabilite_periode_comptable", x => new { x.annee, x.mois }));

        migrationBuilder.CreateTable(
            name: "comptabilite_trace_periode",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                annee = table.Column<int>(nullable: false),
                mois = table.Column<int>(nullable: false),
                action = table.Column<string>(maxLength: 30, nullable: false),
                le = table.Column<DateTime>(nullable: false),
                par = table.Column<Guid>(nullable: true),
                motif = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_comptabilite_trace_periode", x => x.id));
        migrationBuilder.CreateIndex("IX_comptabilite_trace_periode_annee_mois", "comptabilite_trace_periode", ["annee", "mois"], Schema);
    }

    private static void CreerProjections(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "comptabilite_membre_unite_allocation",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                fiche_id = table.Column<Guid>(nullable: false),
                role = table.Column<string>(maxLength: 30, nullable: false),
                du = table.Column<DateOnly>(nullable: false),
                au = table.Column<DateOnly>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_comptabilite_membre_unite_allocation", x => x.id));
        migrationBuilder.CreateIndex("IX_comptabilite_membre_unite_allocation_dossier_id", "comptabilite_membre_unite_allocation", "dossier_id", Schema);
        migrationBuilder.CreateIndex(
            "IX_comptabilite_membre_unite_allocation_fiche_id_du", "comptabilite_membre_unite_allocation", ["fiche_id", "du"], Schema);

        migrationBuilder.CreateTable(
            name: "comptabilite_unite_allocation_projetee",
            schema: Schema,
            columns: table => new
            {
                dossier_id = table.Column<Guid>(nullable: false),
                version_source = table.Column<long>(nullable: false),
                mise_a_jour_le = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_comptabilite_unite_allocation_projetee", x => x.dossier_id));

        migrationBuilder.CreateTable(
            name: "comptabilite_repointage",
            schema: Schema,
            columns: table => new
            {
                absorbee_id = table.Column<Guid>(nullable: false),
                conservee_id = table.Column<Guid>(nullable: false),
                le = table.Column<DateTime>(nullable: false),
                source_message_id = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_comptabilite_repointage", x => x.absorbee_id));
        migrationBuilder.CreateIndex("IX_comptabilite_repointage_conservee_id", "comptabilite_repointage", "conservee_id", Schema);

        migrationBuilder.CreateTable(
            name: "comptabilite_requete_idempotente",
            schema: Schema,
            columns: table => new
            {
                cle = table.Column<string>(maxLength: 200, nullable: false),
                empreinte = table.Column<string>(maxLength: 64, nullable: false),
                statut = table.Column<int>(nullable: false),
                location = table.Column<string>(maxLength: 200, nullable: true),
                corps = table.Column<string>(nullable: false),
                cree_le = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_comptabilite_requete_idempotente", x => x.cle));
    }

    private static void CreerDette(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "comptabilite_remise_dette",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                ecriture_id = table.Column<Guid>(nullable: false),
                fiche_id = table.Column<Guid>(nullable: false),
                categorie = table.Column<string>(maxLength: 30, nullable: false),
                montant = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                motif = table.Column<string>(maxLength: 500, nullable: false),
                decision = table.Column<string>(maxLength: 200, nullable: true),
                autorisee_par = table.Column<Guid>(nullable: true),
                le = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_comptabilite_remise_dette", x => x.id);
                table.ForeignKey(
                    "FK_comptabilite_remise_dette_comptabilite_ecriture_ecriture_id", x => x.ecriture_id,
                    principalSchema: Schema, principalTable: "comptabilite_ecriture", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_comptabilite_remise_dette_ecriture_id", "comptabilite_remise_dette", "ecriture_id", Schema);
        migrationBuilder.CreateIndex("IX_comptabilite_remise_dette_fiche_id", "comptabilite_remise_dette", "fiche_id", Schema);

        migrationBuilder.CreateTable(
            name: "comptabilite_convention_remboursement",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                fiche_id = table.Column<Guid>(nullable: false),
                categorie = table.Column<string>(maxLength: 30, nullable: false),
                montant_mensuel = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                du = table.Column<DateOnly>(nullable: false),
                au = table.Column<DateOnly>(nullable: true),
                remarque = table.Column<string>(maxLength: 500, nullable: true),
                cree_le = table.Column<DateTime>(nullable: false),
                cree_par = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_comptabilite_convention_remboursement", x => x.id));
        migrationBuilder.CreateIndex("IX_comptabilite_convention_remboursement_fiche_id", "comptabilite_convention_remboursement", "fiche_id", Schema);
    }

    private static void InstallerPlanComptable(MigrationBuilder migrationBuilder)
    {
        // Hand-written migrations have no target model: the column types are given per provider.
        string[] types = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL"
            ? ["uuid", "character varying(20)", "character varying(200)", "character varying(30)", "character varying(30)", "character varying(30)", "character varying(30)", "boolean", "bigint"]
            : ["TEXT", "TEXT", "TEXT", "TEXT", "TEXT", "TEXT", "TEXT", "INTEGER", "INTEGER"];
        foreach (var compte in PlanComptableParDefaut.Comptes)
        {
            migrationBuilder.InsertData(
                table: "comptabilite_compte",
                schema: Schema,
                columns: ["id", "numero", "libelle", "classe", "genre", "type_charge", "categorie_dette", "actif", "version"],
                columnTypes: types,
                values: [PlanComptableParDefaut.IdDe(compte.Numero), compte.Numero, compte.Libelle, compte.Classe, compte.Genre, compte.TypeCharge, compte.CategorieDette, true, 1L]);
        }
    }
}
