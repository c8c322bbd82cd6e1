using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Domain.Facturation;

namespace SocialErp.Modules.Comptabilite.Persistence.Migrations;

/// <summary>
/// Incoming money (issue 7): tariffs and valued services, debtor invoices (lines, dunning, yearly counters,
/// debtor agreements), camt imports with their credits and assignments; the internal-charging revenue account 4390.
/// </summary>
[DbContext(typeof(ComptabiliteDbContext))]
[Migration("20261122171000_Facturation")]
internal sealed class Facturation : Migration
{
    private const string Schema = ComptabiliteDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        CreerPrestations(migrationBuilder);
        CreerFactures(migrationBuilder);
        CreerEncaissements(migrationBuilder);
        string[] types = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL"
            ? ["uuid", "character varying(20)", "character varying(200)", "character varying(30)", "character varying(30)", "character varying(30)", "boolean", "bigint"]
            : ["TEXT", "TEXT", "TEXT", "TEXT", "TEXT", "TEXT", "INTEGER", "INTEGER"];
        migrationBuilder.InsertData(
            table: "comptabilite_compte",
            schema: Schema,
            columns: ["id", "numero", "libelle", "classe", "genre", "type_charge", "actif", "version"],
            columnTypes: types,
            values: [PlanComptableParDefaut.IdDe(TypesPrestation.CompteImputationInterne), TypesPrestation.CompteImputationInterne,
                "Imputations internes — prestations valorisées", ClassesCompte.Revenu, GenresCompte.Revenu, "autre", true, 1L]);
    }

    private static void CreerPrestations(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "comptabilite_tarif",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                code = table.Column<string>(maxLength: 30, nullable: false),
                libelle = table.Column<string>(maxLength: 200, nullable: false),
                type_prestation = table.Column<string>(maxLength: 30, nullable: false),
                unite = table.Column<string>(maxLength: 30, nullable: false),
                prix = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                valide_du = table.Column<DateOnly>(nullable: false),
                valide_au = table.Column<DateOnly>(nullable: true),
                cree_le = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_comptabilite_tarif", x => x.id));
        migrationBuilder.CreateIndex("IX_comptabilite_tarif_code_valide_du", "comptabilite_tarif", ["code", "valide_du"], Schema, unique: true);

        migrationBuilder.CreateTable(
            name: "comptabilite_prestation_valorisee",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                intervenant_id = table.Column<Guid>(nullable: false),
                date = table.Column<DateOnly>(nullable: false),
                duree_minutes = table.Column<int>(nullable: true),
                quantite = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
                type_prestation = table.Column<string>(maxLength: 30, nullable: false),
                tarif_id = table.Column<Guid>(nullable: false),
                prix_unitaire = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                montant = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                fiche_id = table.Column<Guid>(nullable: true),
                libelle = table.Column<string>(maxLength: 300, nullable: false),
                refacturable = table.Column<bool>(nullable: false),
                ecriture_id = table.Column<Guid>(nullable: false),
                facture_id = table.Column<Guid>(nullable: true),
                cree_le = table.Column<DateTime>(nullable: false),
                cree_par = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_comptabilite_prestation_valorisee", x => x.id);
                table.ForeignKey(
                    "FK_comptabilite_prestation_valorisee_tarif_id", x => x.tarif_id,
                    principalSchema: Schema, principalTable: "comptabilite_tarif", principalColumn: "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    "FK_comptabilite_prestation_valorisee_ecriture_id", x => x.ecriture_id,
                    principalSchema: Schema, principalTable: "comptabilite_ecriture", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_comptabilite_prestation_valorisee_dossier_id_date", "comptabilite_prestation_valorisee", ["dossier_id", "date"], Schema);
        migrationBuilder.CreateIndex("IX_comptabilite_prestation_valorisee_facture_id", "comptabilite_prestation_valorisee", "facture_id", Schema);
        migrationBuilder.CreateIndex("IX_comptabilite_prestation_valorisee_tarif_id", "comptabilite_prestation_valorisee", "tarif_id", Schema);
        migrationBuilder.CreateIndex("IX_comptabilite_prestation_valorisee_ecriture_id", "comptabilite_prestation_valorisee", "ecriture_id", Schema);
    }

    private static void CreerFactures(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "comptabilite_compteur_facture",
            schema: Schema,
            columns: table => new
            {
                annee = table.Column<int>(nullable: false),
                dernier = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_comptabilite_compteur_facture", x => x.annee));

        migrationBuilder.CreateTable(
            name: "comptabilite_convention_facturation",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                debiteur_id = table.Column<Guid>(nullable: false),
                type_debiteur = table.Column<string>(maxLength: 30, nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                periodicite = table.Column<string>(maxLength: 30, nullable: false),
                libelle = table.Column<string>(maxLength: 200, nullable: false),
                du = table.Column<DateOnly>(nullable: false),
                au = table.Column<DateOnly>(nullable: true),
                cree_le = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_comptabilite_convention_facturation", x => x.id));
        migrationBuilder.CreateIndex("IX_comptabilite_convention_facturation_periodicite", "comptabilite_convention_facturation", "periodicite", Schema);

        migrationBuilder.CreateTable(
            name: "comptabilite_facture_debiteur",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                numero = table.Column<string>(maxLength: 20, nullable: false),
                annee = table.Column<int>(nullable: false),
                sequence = table.Column<int>(nullable: false),
                debiteur_id = table.Column<Guid>(nullable: false),
                type_debiteur = table.Column<string>(maxLength: 30, nullable: false),
                nom_debiteur = table.Column<string>(maxLength: 200, nullable: false),
                compte_debiteur = table.Column<string>(maxLength: 20, nullable: false),
                date = table.Column<DateOnly>(nullable: false),
                echeance = table.Column<DateOnly>(nullable: false),
                montant = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                montant_paye = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                montant_credite = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                type_reference = table.Column<string>(maxLength: 4, nullable: false),
                reference = table.Column<string>(maxLength: 27, nullable: false),
                message = table.Column<string>(maxLength: 140, nullable: true),
                statut = table.Column<string>(maxLength: 30, nullable: false),
                avoir_de = table.Column<Guid>(nullable: true),
                convention_id = table.Column<Guid>(nullable: true),
                periode = table.Column<string>(maxLength: 30, nullable: true),
                ecriture_id = table.Column<Guid>(nullable: false),
                cree_le = table.Column<DateTime>(nullable: false),
                cree_par = table.Column<Guid>(nullable: true),
                version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_comptabilite_facture_debiteur", x => x.id);
                table.ForeignKey(
                    "FK_comptabilite_facture_debiteur_ecriture_id", x => x.ecriture_id,
                    principalSchema: Schema, principalTable: "comptabilite_ecriture", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_comptabilite_facture_debiteur_numero", "comptabilite_facture_debiteur", "numero", Schema, unique: true);
        migrationBuilder.CreateIndex("IX_comptabilite_facture_debiteur_annee_sequence", "comptabilite_facture_debiteur", ["annee", "sequence"], Schema, unique: true);
        migrationBuilder.CreateIndex("IX_comptabilite_facture_debiteur_reference", "comptabilite_facture_debiteur", "reference", Schema, unique: true);
        migrationBuilder.CreateIndex("IX_comptabilite_facture_debiteur_debiteur_id_date", "comptabilite_facture_debiteur", ["debiteur_id", "date"], Schema);
        migrationBuilder.CreateIndex(
            "IX_comptabilite_facture_debiteur_convention_id_periode", "comptabilite_facture_debiteur", ["convention_id", "periode"], Schema, unique: true);
        migrationBuilder.CreateIndex("IX_comptabilite_facture_debiteur_ecriture_id", "comptabilite_facture_debiteur", "ecriture_id", Schema);

        migrationBuilder.CreateTable(
            name: "comptabilite_ligne_facture",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                facture_id = table.Column<Guid>(nullable: false),
                ordre = table.Column<int>(nullable: false),
                libelle = table.Column<string>(maxLength: 300, nullable: false),
                quantite = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
                prix_unitaire = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                montant = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                compte_revenu = table.Column<string>(maxLength: 20, nullable: false),
                fiche_id = table.Column<Guid>(nullable: true),
                dossier_id = table.Column<Guid>(nullable: true),
                commune_domicile = table.Column<int>(nullable: true),
                prestation = table.Column<string>(maxLength: 30, nullable: true),
                prestation_valorisee_id = table.Column<Guid>(nullable: true),
                poste_budget_id = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_comptabilite_ligne_facture", x => x.id);
                table.ForeignKey(
                    "FK_comptabilite_ligne_facture_facture_id", x => x.facture_id,
                    principalSchema: Schema, principalTable: "comptabilite_facture_debiteur", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_comptabilite_ligne_facture_facture_id", "comptabilite_ligne_facture", "facture_id", Schema);
        migrationBuilder.CreateIndex(
            "IX_comptabilite_ligne_facture_prestation_valorisee_id", "comptabilite_ligne_facture", "prestation_valorisee_id", Schema, unique: true);

        migrationBuilder.CreateTable(
            name: "comptabilite_rappel_facture",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                facture_id = table.Column<Guid>(nullable: false),
                niveau = table.Column<int>(nullable: false),
                date = table.Column<DateOnly>(nullable: false),
                delai = table.Column<DateOnly>(nullable: false),
                par = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_comptabilite_rappel_facture", x => x.id);
                table.ForeignKey(
                    "FK_comptabilite_rappel_facture_facture_id", x => x.facture_id,
                    principalSchema: Schema, principalTable: "comptabilite_facture_debiteur", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_comptabilite_rappel_facture_facture_id_niveau", "comptabilite_rappel_facture", ["facture_id", "niveau"], Schema, unique: true);
    }

    private static void CreerEncaissements(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "comptabilite_import_camt",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                version = table.Column<string>(maxLength: 30, nullable: false),
                identifiant_message = table.Column<string>(maxLength: 35, nullable: false),
                credits = table.Column<int>(nullable: false),
                deja_importes = table.Column<int>(nullable: false),
                par_reference = table.Column<int>(nullable: false),
                par_montant_nom = table.Column<int>(nullable: false),
                en_attente = table.Column<int>(nullable: false),
                ecritures_ignorees = table.Column<int>(nullable: false),
                total = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                le = table.Column<DateTime>(nullable: false),
                par = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_comptabilite_import_camt", x => x.id));

        migrationBuilder.CreateTable(
            name: "comptabilite_encaissement",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                import_id = table.Column<Guid>(nullable: false),
                cle_idempotence = table.Column<string>(maxLength: 32, nullable: false),
                date = table.Column<DateOnly>(nullable: false),
                montant = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                monnaie = table.Column<string>(maxLength: 3, nullable: false),
                type_reference = table.Column<string>(maxLength: 4, nullable: false),
                reference = table.Column<string>(maxLength: 35, nullable: true),
                nom_debiteur = table.Column<string>(maxLength: 140, nullable: true),
                reference_banque = table.Column<string>(maxLength: 35, nullable: true),
                communication = table.Column<string>(maxLength: 140, nullable: true),
                rapprochement = table.Column<string>(maxLength: 30, nullable: true),
                montant_affecte = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                a_affecter = table.Column<bool>(nullable: false),
                ecriture_id = table.Column<Guid>(nullable: false),
                version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_comptabilite_encaissement", x => x.id);
                table.ForeignKey(
                    "FK_comptabilite_encaissement_import_id", x => x.import_id,
                    principalSchema: Schema, principalTable: "comptabilite_import_camt", principalColumn: "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    "FK_comptabilite_encaissement_ecriture_id", x => x.ecriture_id,
                    principalSchema: Schema, principalTable: "comptabilite_ecriture", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_comptabilite_encaissement_cle_idempotence", "comptabilite_encaissement", "cle_idempotence", Schema, unique: true);
        migrationBuilder.CreateIndex("IX_comptabilite_encaissement_import_id", "comptabilite_encaissement", "import_id", Schema);
        migrationBuilder.CreateIndex("IX_comptabilite_encaissement_a_affecter", "comptabilite_encaissement", "a_affecter", Schema);
        migrationBuilder.CreateIndex("IX_comptabilite_encaissement_ecriture_id", "comptabilite_encaissement", "ecriture_id", Schema);

        migrationBuilder.CreateTable(
            name: "comptabilite_affectation_encaissement",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                encaissement_id = table.Column<Guid>(nullable: false),
                facture_id = table.Column<Guid>(nullable: false),
                montant = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                rapprochement = table.Column<string>(maxLength: 30, nullable: false),
                ecriture_id = table.Column<Guid>(nullable: true),
                le = table.Column<DateTime>(nullable: false),
                par = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_comptabilite_affectation_encaissement", x => x.id);
                table.ForeignKey(
                    "FK_comptabilite_affectation_encaissement_encaissement_id", x => x.encaissement_id,
                    principalSchema: Schema, principalTable: "comptabilite_encaissement", principalColumn: "id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    "FK_comptabilite_affectation_encaissement_facture_id", x => x.facture_id,
                    principalSchema: Schema, principalTable: "comptabilite_facture_debiteur", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(
            "IX_comptabilite_affectation_encaissement_encaissement_id", "comptabilite_affectation_encaissement", "encaissement_id", Schema);
        migrationBuilder.CreateIndex("IX_comptabilite_affectation_encaissement_facture_id", "comptabilite_affectation_encaissement", "facture_id", Schema);
    }
}
