using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Comptabilite.Persistence.Migrations;

/// <summary>
/// Outgoing money (issue 7): versioned budgets and their lines, budget runs and their anomalies, the projection of
/// blocked or closed dossiers, payment orders and batches, supplier invoices and their split over dossiers.
/// </summary>
[DbContext(typeof(ComptabiliteDbContext))]
[Migration("20261122170000_PaiementsSortants")]
internal sealed class PaiementsSortants : Migration
{
    private const string Schema = ComptabiliteDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "comptabilite_budget",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                genre = table.Column<string>(maxLength: 30, nullable: false),
                libelle = table.Column<string>(maxLength: 200, nullable: false),
                commune_domicile = table.Column<int>(nullable: true),
                prestation = table.Column<string>(maxLength: 30, nullable: true),
                version = table.Column<long>(nullable: false),
                cree_le = table.Column<DateTime>(nullable: false),
                cree_par = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_comptabilite_budget", x => x.id));
        migrationBuilder.CreateIndex("IX_comptabilite_budget_dossier_id", "comptabilite_budget", "dossier_id", Schema);

        migrationBuilder.CreateTable(
            name: "comptabilite_version_budget",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                budget_id = table.Column<Guid>(nullable: false),
                numero = table.Column<int>(nullable: false),
                du = table.Column<DateOnly>(nullable: false),
                au = table.Column<DateOnly>(nullable: true),
                taille_menage = table.Column<int>(nullable: false),
                motif = table.Column<string>(maxLength: 500, nullable: true),
                cree_le = table.Column<DateTime>(nullable: false),
                cree_par = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_comptabilite_version_budget", x => x.id);
                table.ForeignKey(
                    "FK_comptabilite_version_budget_budget_id", x => x.budget_id,
                    principalSchema: Schema, principalTable: "comptabilite_budget", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_comptabilite_version_budget_budget_id_numero", "comptabilite_version_budget", ["budget_id", "numero"], Schema, unique: true);
        migrationBuilder.CreateIndex("IX_comptabilite_version_budget_du_au", "comptabilite_version_budget", ["du", "au"], Schema);

        migrationBuilder.CreateTable(
            name: "comptabilite_ligne_budget",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                version_budget_id = table.Column<Guid>(nullable: false),
                ordre = table.Column<int>(nullable: false),
                sens = table.Column<string>(maxLength: 30, nullable: false),
                type = table.Column<string>(maxLength: 30, nullable: false),
                libelle = table.Column<string>(maxLength: 200, nullable: false),
                montant = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                periodicite = table.Column<string>(maxLength: 30, nullable: false),
                du = table.Column<DateOnly>(nullable: false),
                au = table.Column<DateOnly>(nullable: true),
                beneficiaire_id = table.Column<Guid>(nullable: false),
                paye_id = table.Column<Guid>(nullable: true),
                iban = table.Column<string>(maxLength: 34, nullable: true),
                type_reference = table.Column<string>(maxLength: 30, nullable: true),
                reference = table.Column<string>(maxLength: 35, nullable: true),
                refacturable = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_comptabilite_ligne_budget", x => x.id);
                table.ForeignKey(
                    "FK_comptabilite_ligne_budget_version_budget_id", x => x.version_budget_id,
                    principalSchema: Schema, principalTable: "comptabilite_version_budget", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_comptabilite_ligne_budget_version_budget_id", "comptabilite_ligne_budget", "version_budget_id", Schema);

        migrationBuilder.CreateTable(
            name: "comptabilite_execution_budgets",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                mois = table.Column<string>(maxLength: 7, nullable: false),
                statut = table.Column<string>(maxLength: 30, nullable: false),
                planifiee = table.Column<bool>(nullable: false),
                total = table.Column<int>(nullable: false),
                traites = table.Column<int>(nullable: false),
                payes = table.Column<int>(nullable: false),
                ignores = table.Column<int>(nullable: false),
                en_erreur = table.Column<int>(nullable: false),
                nombre_ordres = table.Column<int>(nullable: false),
                montant = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                demandee_le = table.Column<DateTime>(nullable: false),
                demandee_par = table.Column<Guid>(nullable: true),
                terminee_le = table.Column<DateTime>(nullable: true),
                erreur = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_comptabilite_execution_budgets", x => x.id));
        migrationBuilder.CreateIndex("IX_comptabilite_execution_budgets_mois", "comptabilite_execution_budgets", "mois", Schema, unique: true);

        migrationBuilder.CreateTable(
            name: "comptabilite_anomalie_execution",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                execution_id = table.Column<Guid>(nullable: false),
                budget_id = table.Column<Guid>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                genre = table.Column<string>(maxLength: 30, nullable: false),
                motif = table.Column<string>(maxLength: 500, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_comptabilite_anomalie_execution", x => x.id));
        migrationBuilder.CreateIndex("IX_comptabilite_anomalie_execution_execution_id", "comptabilite_anomalie_execution", "execution_id", Schema);

        migrationBuilder.CreateTable(
            name: "comptabilite_blocage_dossier",
            schema: Schema,
            columns: table => new
            {
                dossier_id = table.Column<Guid>(nullable: false),
                facturation_bloquee_depuis = table.Column<DateOnly>(nullable: true),
                motif_blocage = table.Column<string>(maxLength: 500, nullable: true),
                ferme_depuis = table.Column<DateOnly>(nullable: true),
                statut = table.Column<string>(maxLength: 30, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_comptabilite_blocage_dossier", x => x.dossier_id));

        migrationBuilder.CreateTable(
            name: "comptabilite_ordre_paiement",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                origine = table.Column<string>(maxLength: 30, nullable: false),
                budget_id = table.Column<Guid>(nullable: true),
                mois = table.Column<string>(maxLength: 7, nullable: true),
                rang = table.Column<int>(nullable: false),
                execution_id = table.Column<Guid>(nullable: true),
                facture_fournisseur_id = table.Column<Guid>(nullable: true),
                dossier_id = table.Column<Guid>(nullable: true),
                fiche_id = table.Column<Guid>(nullable: true),
                creancier_id = table.Column<Guid>(nullable: true),
                nom_creancier = table.Column<string>(maxLength: 70, nullable: false),
                rue = table.Column<string>(maxLength: 70, nullable: true),
                numero = table.Column<string>(maxLength: 16, nullable: true),
                code_postal = table.Column<string>(maxLength: 16, nullable: false),
                localite = table.Column<string>(maxLength: 35, nullable: false),
                pays = table.Column<string>(maxLength: 2, nullable: false),
                iban = table.Column<string>(maxLength: 34, nullable: false),
                type_reference = table.Column<string>(maxLength: 30, nullable: false),
                reference = table.Column<string>(maxLength: 35, nullable: true),
                libelle = table.Column<string>(maxLength: 140, nullable: false),
                montant = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                date_execution = table.Column<DateOnly>(nullable: false),
                compte_contrepartie = table.Column<string>(maxLength: 20, nullable: false),
                ordinaire = table.Column<bool>(nullable: false),
                statut = table.Column<string>(maxLength: 30, nullable: false),
                lot_id = table.Column<Guid>(nullable: true),
                ecriture_paiement_id = table.Column<Guid>(nullable: true),
                execute_le = table.Column<DateOnly>(nullable: true),
                reference_banque = table.Column<string>(maxLength: 35, nullable: true),
                cree_le = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_comptabilite_ordre_paiement", x => x.id));
        migrationBuilder.CreateIndex("IX_comptabilite_ordre_paiement_budget_id_mois_rang", "comptabilite_ordre_paiement", ["budget_id", "mois", "rang"], Schema, unique: true);
        migrationBuilder.CreateIndex("IX_comptabilite_ordre_paiement_statut_date_execution", "comptabilite_ordre_paiement", ["statut", "date_execution"], Schema);
        migrationBuilder.CreateIndex("IX_comptabilite_ordre_paiement_lot_id", "comptabilite_ordre_paiement", "lot_id", Schema);
        migrationBuilder.CreateIndex("IX_comptabilite_ordre_paiement_dossier_id", "comptabilite_ordre_paiement", "dossier_id", Schema);

        migrationBuilder.CreateTable(
            name: "comptabilite_lot_paiements",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                identifiant = table.Column<string>(maxLength: 35, nullable: false),
                date_execution = table.Column<DateOnly>(nullable: false),
                nombre_ordres = table.Column<int>(nullable: false),
                montant = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                statut = table.Column<string>(maxLength: 30, nullable: false),
                prepare_le = table.Column<DateTime>(nullable: false),
                prepare_par = table.Column<Guid>(nullable: true),
                libere_le = table.Column<DateTime>(nullable: true),
                libere_par = table.Column<Guid>(nullable: true),
                comptabilise_le = table.Column<DateTime>(nullable: true),
                execute_le = table.Column<DateOnly>(nullable: true),
                version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_comptabilite_lot_paiements", x => x.id));
        migrationBuilder.CreateIndex("IX_comptabilite_lot_paiements_identifiant", "comptabilite_lot_paiements", "identifiant", Schema, unique: true);

        migrationBuilder.CreateTable(
            name: "comptabilite_facture_fournisseur",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                fournisseur_id = table.Column<Guid>(nullable: true),
                nom_fournisseur = table.Column<string>(maxLength: 70, nullable: false),
                rue = table.Column<string>(maxLength: 70, nullable: true),
                numero = table.Column<string>(maxLength: 16, nullable: true),
                code_postal = table.Column<string>(maxLength: 16, nullable: false),
                localite = table.Column<string>(maxLength: 35, nullable: false),
                pays = table.Column<string>(maxLength: 2, nullable: false),
                iban = table.Column<string>(maxLength: 34, nullable: false),
                type_reference = table.Column<string>(maxLength: 30, nullable: false),
                reference = table.Column<string>(maxLength: 35, nullable: true),
                numero_facture = table.Column<string>(maxLength: 35, nullable: true),
                date_facture = table.Column<DateOnly>(nullable: false),
                echeance = table.Column<DateOnly>(nullable: false),
                montant = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                communication = table.Column<string>(maxLength: 140, nullable: true),
                statut = table.Column<string>(maxLength: 30, nullable: false),
                cree_le = table.Column<DateTime>(nullable: false),
                cree_par = table.Column<Guid>(nullable: true),
                approuvee_le = table.Column<DateTime>(nullable: true),
                approuvee_par = table.Column<Guid>(nullable: true),
                ecriture_id = table.Column<Guid>(nullable: true),
                ordre_id = table.Column<Guid>(nullable: true),
                version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_comptabilite_facture_fournisseur", x => x.id));
        migrationBuilder.CreateIndex("IX_comptabilite_facture_fournisseur_statut", "comptabilite_facture_fournisseur", "statut", Schema);

        migrationBuilder.CreateTable(
            name: "comptabilite_repartition_facture",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                facture_fournisseur_id = table.Column<Guid>(nullable: false),
                ordre = table.Column<int>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                fiche_id = table.Column<Guid>(nullable: true),
                compte = table.Column<string>(maxLength: 20, nullable: false),
                montant = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                libelle = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_comptabilite_repartition_facture", x => x.id);
                table.ForeignKey(
                    "FK_comptabilite_repartition_facture_facture_id", x => x.facture_fournisseur_id,
                    principalSchema: Schema, principalTable: "comptabilite_facture_fournisseur", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_comptabilite_repartition_facture_facture_fournisseur_id", "comptabilite_repartition_facture", "facture_fournisseur_id", Schema);
        migrationBuilder.CreateIndex("IX_comptabilite_repartition_facture_dossier_id", "comptabilite_repartition_facture", "dossier_id", Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("comptabilite_repartition_facture", Schema);
        migrationBuilder.DropTable("comptabilite_facture_fournisseur", Schema);
        migrationBuilder.DropTable("comptabilite_lot_paiements", Schema);
        migrationBuilder.DropTable("comptabilite_ordre_paiement", Schema);
        migrationBuilder.DropTable("comptabilite_blocage_dossier", Schema);
        migrationBuilder.DropTable("comptabilite_anomalie_execution", Schema);
        migrationBuilder.DropTable("comptabilite_execution_budgets", Schema);
        migrationBuilder.DropTable("comptabilite_ligne_budget", Schema);
        migrationBuilder.DropTable("comptabilite_version_budget", Schema);
        migrationBuilder.DropTable("comptabilite_budget", Schema);
    }
}
