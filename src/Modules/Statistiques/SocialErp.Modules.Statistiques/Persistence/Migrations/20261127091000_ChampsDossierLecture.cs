using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Statistiques.Persistence.Migrations;

/// <summary>
/// Dossiers' custom field values in the read model, for the lists' <c>dossier.champ.&lt;code&gt;</c> columns, and the
/// version of the values each dossier holds. Values entered before it appear with their next change.
/// </summary>
[DbContext(typeof(StatistiquesDbContext))]
[Migration("20261127091000_ChampsDossierLecture")]
internal sealed class ChampsDossierLecture : Migration
{
    private const string Schema = StatistiquesDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<long>(
            name: "version_champs",
            schema: Schema,
            table: "statistiques_dossier_lecture",
            nullable: false,
            defaultValue: 0L);

        migrationBuilder.CreateTable(
            name: "statistiques_champ_dossier_lecture",
            schema: Schema,
            columns: table => new
            {
                dossier_id = table.Column<Guid>(nullable: false),
                code = table.Column<string>(maxLength: 50, nullable: false),
                type = table.Column<string>(maxLength: 20, nullable: false),
                valeur = table.Column<string>(maxLength: 2000, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_statistiques_champ_dossier_lecture", x => new { x.dossier_id, x.code }));

        migrationBuilder.CreateIndex(
            name: "IX_statistiques_champ_dossier_lecture_code",
            schema: Schema,
            table: "statistiques_champ_dossier_lecture",
            column: "code");
    }
}
