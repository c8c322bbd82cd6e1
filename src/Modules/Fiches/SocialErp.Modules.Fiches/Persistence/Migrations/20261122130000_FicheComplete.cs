using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Fiches.Persistence.Migrations;

/// <summary>
/// Full person and organisation fields, categories, contacts, notification preferences, dated addresses and
/// the search keys table. Only added columns and tables, so SQLite applies it without rebuilding fiches_fiche.
/// </summary>
[DbContext(typeof(FichesDbContext))]
[Migration("20261122130000_FicheComplete")]
internal sealed class FicheComplete : Migration
{
    private const string Schema = FichesDbContext.Schema;
    private const string Fiche = "fiches_fiche";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("autres_noms", table: Fiche, schema: Schema, maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<string>("sexe", table: Fiche, schema: Schema, maxLength: 30, nullable: true);
        migrationBuilder.AddColumn<string>("etat_civil", table: Fiche, schema: Schema, maxLength: 30, nullable: true);
        migrationBuilder.AddColumn<string>("nationalite", table: Fiche, schema: Schema, maxLength: 2, nullable: true);
        migrationBuilder.AddColumn<string>("langue", table: Fiche, schema: Schema, maxLength: 2, nullable: true);
        migrationBuilder.AddColumn<string>("permis_sejour", table: Fiche, schema: Schema, maxLength: 30, nullable: true);
        migrationBuilder.AddColumn<int>("commune_residence", table: Fiche, schema: Schema, nullable: true);
        migrationBuilder.AddColumn<string>("numero_ide", table: Fiche, schema: Schema, maxLength: 12, nullable: true);
        migrationBuilder.AddColumn<string>("forme_juridique", table: Fiche, schema: Schema, maxLength: 100, nullable: true);
        migrationBuilder.AddColumn<DateTime>("modifiee_le", table: Fiche, schema: Schema, nullable: true);
        migrationBuilder.AddColumn<DateTime>("archivee_le", table: Fiche, schema: Schema, nullable: true);
        migrationBuilder.CreateIndex("IX_fiches_fiche_commune_residence", Fiche, "commune_residence", Schema);

        migrationBuilder.CreateTable(
            name: "fiches_fiche_categorie",
            schema: Schema,
            columns: table => new
            {
                fiche_id = table.Column<Guid>(nullable: false),
                categorie = table.Column<string>(maxLength: 30, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_fiches_fiche_categorie", x => new { x.fiche_id, x.categorie });
                table.ForeignKey("FK_fiches_fiche_categorie_fiches_fiche_fiche_id", x => x.fiche_id, Fiche, "id", Schema, onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_fiches_fiche_categorie_categorie", "fiches_fiche_categorie", "categorie", Schema);

        migrationBuilder.CreateTable(
            name: "fiches_fiche_terme",
            schema: Schema,
            columns: table => new
            {
                fiche_id = table.Column<Guid>(nullable: false),
                terme = table.Column<string>(maxLength: 254, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_fiches_fiche_terme", x => new { x.fiche_id, x.terme });
                table.ForeignKey("FK_fiches_fiche_terme_fiches_fiche_fiche_id", x => x.fiche_id, Fiche, "id", Schema, onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_fiches_fiche_terme_terme_fiche_id", "fiches_fiche_terme", ["terme", "fiche_id"], Schema);

        migrationBuilder.CreateTable(
            name: "fiches_fiche_contact",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                fiche_id = table.Column<Guid>(nullable: false),
                type = table.Column<string>(maxLength: 20, nullable: false),
                valeur = table.Column<string>(maxLength: 254, nullable: false),
                libelle = table.Column<string>(maxLength: 100, nullable: true),
                principal = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_fiches_fiche_contact", x => x.id);
                table.ForeignKey("FK_fiches_fiche_contact_fiches_fiche_fiche_id", x => x.fiche_id, Fiche, "id", Schema, onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_fiches_fiche_contact_fiche_id", "fiches_fiche_contact", "fiche_id", Schema);

        migrationBuilder.CreateTable(
            name: "fiches_preference_notification",
            schema: Schema,
            columns: table => new
            {
                fiche_id = table.Column<Guid>(nullable: false),
                type_message = table.Column<string>(maxLength: 20, nullable: false),
                canal = table.Column<string>(maxLength: 20, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_fiches_preference_notification", x => new { x.fiche_id, x.type_message });
                table.ForeignKey("FK_fiches_preference_notification_fiches_fiche_fiche_id", x => x.fiche_id, Fiche, "id", Schema, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "fiches_adresse",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                fiche_id = table.Column<Guid>(nullable: false),
                type = table.Column<string>(maxLength: 20, nullable: false),
                rue = table.Column<string>(maxLength: 150, nullable: true),
                numero = table.Column<string>(maxLength: 20, nullable: true),
                complement = table.Column<string>(maxLength: 150, nullable: true),
                case_postale = table.Column<string>(maxLength: 30, nullable: true),
                npa = table.Column<string>(maxLength: 10, nullable: false),
                localite = table.Column<string>(maxLength: 100, nullable: false),
                pays = table.Column<string>(maxLength: 2, nullable: false),
                commune_bfs = table.Column<int>(nullable: true),
                valide_du = table.Column<DateOnly>(nullable: false),
                valide_au = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_fiches_adresse", x => x.id);
                table.ForeignKey("FK_fiches_adresse_fiches_fiche_fiche_id", x => x.fiche_id, Fiche, "id", Schema, onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_fiches_adresse_fiche_id", "fiches_adresse", "fiche_id", Schema);
    }
}
