using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace SocialErp.Modules.Dossiers.Persistence.Migrations;

/// <summary>Funding with co-funders, contacts by role, objectives, memos with history, structures and placements, custom fields.</summary>
[DbContext(typeof(DossiersDbContext))]
[Migration("20261122160000_DossiersSuivi")]
internal sealed class DossiersSuivi : Migration
{
    private const string Schema = DossiersDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "dossiers_financement",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                convention_reference = table.Column<string>(maxLength: 100, nullable: true),
                convention_du = table.Column<DateOnly>(nullable: true),
                convention_au = table.Column<DateOnly>(nullable: true),
                heures_financees = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                financeur_principal_id = table.Column<Guid>(nullable: false),
                type_financeur = table.Column<string>(maxLength: 20, nullable: false),
                mode_montant = table.Column<string>(maxLength: 20, nullable: false),
                montant = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                repartition = table.Column<string>(maxLength: 20, nullable: true),
                part_principale = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                modifie_le = table.Column<DateTime>(nullable: false),
                version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_dossiers_financement", x => x.id);
                ParDossier(table, "dossiers_financement", x => x.dossier_id);
            });
        migrationBuilder.CreateIndex("IX_dossiers_financement_dossier_id", "dossiers_financement", "dossier_id", Schema, unique: true);
        migrationBuilder.CreateIndex("IX_dossiers_financement_financeur_principal_id", "dossiers_financement", "financeur_principal_id", Schema);

        migrationBuilder.CreateTable(
            name: "dossiers_co_financeur",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                financement_id = table.Column<Guid>(nullable: false),
                fiche_id = table.Column<Guid>(nullable: false),
                part = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_dossiers_co_financeur", x => x.id);
                table.ForeignKey(
                    "FK_dossiers_co_financeur_dossiers_financement_financement_id", x => x.financement_id,
                    principalSchema: Schema, principalTable: "dossiers_financement", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_dossiers_co_financeur_financement_id", "dossiers_co_financeur", "financement_id", Schema);
        migrationBuilder.CreateIndex("IX_dossiers_co_financeur_fiche_id", "dossiers_co_financeur", "fiche_id", Schema);

        migrationBuilder.CreateTable(
            name: "dossiers_contact_dossier",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                role = table.Column<string>(maxLength: 20, nullable: false),
                fiche_id = table.Column<Guid>(nullable: false),
                du = table.Column<DateOnly>(nullable: true),
                au = table.Column<DateOnly>(nullable: true),
                remarque = table.Column<string>(maxLength: 500, nullable: true),
                ajoute_le = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_dossiers_contact_dossier", x => x.id);
                ParDossier(table, "dossiers_contact_dossier", x => x.dossier_id);
            });
        migrationBuilder.CreateIndex("IX_dossiers_contact_dossier_dossier_id", "dossiers_contact_dossier", "dossier_id", Schema);
        migrationBuilder.CreateIndex("IX_dossiers_contact_dossier_fiche_id", "dossiers_contact_dossier", "fiche_id", Schema);

        migrationBuilder.CreateTable(
            name: "dossiers_objectif",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                nature = table.Column<string>(maxLength: 20, nullable: false),
                genre = table.Column<string>(maxLength: 20, nullable: true),
                libelle = table.Column<string>(maxLength: 200, nullable: false),
                description = table.Column<string>(maxLength: 2000, nullable: true),
                cible = table.Column<string>(maxLength: 200, nullable: true),
                echeance = table.Column<DateOnly>(nullable: true),
                atteint = table.Column<bool>(nullable: true),
                evalue_le = table.Column<DateOnly>(nullable: true),
                cree_le = table.Column<DateTime>(nullable: false),
                modifie_le = table.Column<DateTime>(nullable: true),
                version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_dossiers_objectif", x => x.id);
                ParDossier(table, "dossiers_objectif", x => x.dossier_id);
            });
        migrationBuilder.CreateIndex("IX_dossiers_objectif_dossier_id", "dossiers_objectif", "dossier_id", Schema);

        migrationBuilder.CreateTable(
            name: "dossiers_memo",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                auteur_id = table.Column<Guid>(nullable: true),
                visibilite = table.Column<string>(maxLength: 10, nullable: false),
                texte = table.Column<string>(maxLength: 8000, nullable: false),
                cree_le = table.Column<DateTime>(nullable: false),
                modifie_le = table.Column<DateTime>(nullable: true),
                version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_dossiers_memo", x => x.id);
                ParDossier(table, "dossiers_memo", x => x.dossier_id);
            });
        migrationBuilder.CreateIndex("IX_dossiers_memo_dossier_id", "dossiers_memo", "dossier_id", Schema);

        migrationBuilder.CreateTable(
            name: "dossiers_version_memo",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                memo_id = table.Column<Guid>(nullable: false),
                numero = table.Column<int>(nullable: false),
                visibilite = table.Column<string>(maxLength: 10, nullable: false),
                texte = table.Column<string>(maxLength: 8000, nullable: false),
                ecrit_le = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_dossiers_version_memo", x => x.id);
                table.ForeignKey(
                    "FK_dossiers_version_memo_dossiers_memo_memo_id", x => x.memo_id,
                    principalSchema: Schema, principalTable: "dossiers_memo", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_dossiers_version_memo_memo_id", "dossiers_version_memo", "memo_id", Schema);

        migrationBuilder.CreateTable(
            name: "dossiers_structure",
            schema: Schema,
            columns: table => new
            {
                code = table.Column<string>(maxLength: 30, nullable: false),
                libelle = table.Column<string>(maxLength: 100, nullable: false),
                type = table.Column<string>(maxLength: 20, nullable: false),
                active = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_dossiers_structure", x => x.code));

        migrationBuilder.CreateTable(
            name: "dossiers_place_structure",
            schema: Schema,
            columns: table => new
            {
                code = table.Column<string>(maxLength: 30, nullable: false),
                structure_code = table.Column<string>(maxLength: 30, nullable: false),
                libelle = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_dossiers_place_structure", x => x.code);
                table.ForeignKey(
                    "FK_dossiers_place_structure_dossiers_structure_structure_code", x => x.structure_code,
                    principalSchema: Schema, principalTable: "dossiers_structure", principalColumn: "code", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_dossiers_place_structure_structure_code", "dossiers_place_structure", "structure_code", Schema);

        migrationBuilder.CreateTable(
            name: "dossiers_planning_type",
            schema: Schema,
            columns: table => new
            {
                code = table.Column<string>(maxLength: 30, nullable: false),
                libelle = table.Column<string>(maxLength: 100, nullable: false),
                taux_occupation = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                jours = table.Column<string>(maxLength: 70, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_dossiers_planning_type", x => x.code));

        migrationBuilder.CreateTable(
            name: "dossiers_placement",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                fiche_id = table.Column<Guid>(nullable: false),
                structure_code = table.Column<string>(maxLength: 30, nullable: false),
                place_code = table.Column<string>(maxLength: 30, nullable: false),
                du = table.Column<DateOnly>(nullable: false),
                au = table.Column<DateOnly>(nullable: true),
                taux_occupation = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                planning_code = table.Column<string>(maxLength: 30, nullable: true),
                jours = table.Column<string>(maxLength: 70, nullable: false),
                remarque = table.Column<string>(maxLength: 500, nullable: true),
                cree_le = table.Column<DateTime>(nullable: false),
                version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_dossiers_placement", x => x.id);
                ParDossier(table, "dossiers_placement", x => x.dossier_id);
            });
        migrationBuilder.CreateIndex("IX_dossiers_placement_dossier_id", "dossiers_placement", "dossier_id", Schema);
        migrationBuilder.CreateIndex("IX_dossiers_placement_place_code", "dossiers_placement", "place_code", Schema);
        migrationBuilder.CreateIndex("IX_dossiers_placement_fiche_id", "dossiers_placement", "fiche_id", Schema);

        migrationBuilder.CreateTable(
            name: "dossiers_champ_personnalise",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                prestation = table.Column<string>(maxLength: 30, nullable: false),
                code = table.Column<string>(maxLength: 40, nullable: false),
                libelle = table.Column<string>(maxLength: 100, nullable: false),
                type = table.Column<string>(maxLength: 10, nullable: false),
                obligatoire = table.Column<bool>(nullable: false),
                options = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_dossiers_champ_personnalise", x => x.id));
        migrationBuilder.CreateIndex(
            "IX_dossiers_champ_personnalise_prestation_code", "dossiers_champ_personnalise", ["prestation", "code"], Schema, unique: true);

        migrationBuilder.CreateTable(
            name: "dossiers_valeurs_champs",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                modifie_le = table.Column<DateTime>(nullable: false),
                version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_dossiers_valeurs_champs", x => x.id);
                ParDossier(table, "dossiers_valeurs_champs", x => x.dossier_id);
            });
        migrationBuilder.CreateIndex("IX_dossiers_valeurs_champs_dossier_id", "dossiers_valeurs_champs", "dossier_id", Schema, unique: true);

        migrationBuilder.CreateTable(
            name: "dossiers_valeur_champ",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                valeurs_champs_id = table.Column<Guid>(nullable: false),
                code = table.Column<string>(maxLength: 40, nullable: false),
                valeur = table.Column<string>(maxLength: 1000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_dossiers_valeur_champ", x => x.id);
                table.ForeignKey(
                    "FK_dossiers_valeur_champ_valeurs_champs_id", x => x.valeurs_champs_id,
                    principalSchema: Schema, principalTable: "dossiers_valeurs_champs", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(
            "IX_dossiers_valeur_champ_valeurs_champs_id_code", "dossiers_valeur_champ", ["valeurs_champs_id", "code"], Schema, unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
                 {
                     "dossiers_valeur_champ", "dossiers_valeurs_champs", "dossiers_champ_personnalise", "dossiers_placement",
                     "dossiers_planning_type", "dossiers_place_structure", "dossiers_structure", "dossiers_version_memo", "dossiers_memo",
                     "dossiers_objectif", "dossiers_contact_dossier", "dossiers_co_financeur", "dossiers_financement",
                 })
        {
            migrationBuilder.DropTable(table, Schema);
        }
    }

    private static void ParDossier<T>(CreateTableBuilder<T> table, string nom, System.Linq.Expressions.Expression<Func<T, object>> colonne) =>
        table.ForeignKey(
            $"FK_{nom}_dossiers_dossier_dossier_id", colonne,
            principalSchema: Schema, principalTable: "dossiers_dossier", principalColumn: "id", onDelete: ReferentialAction.Cascade);
}
