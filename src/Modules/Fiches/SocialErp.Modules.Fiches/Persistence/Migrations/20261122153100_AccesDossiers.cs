using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Fiches.Persistence.Migrations;

/// <summary>The local projection of who sees which fiche through a dossier (fed by dossiers.acces-dossier-modifie.v1).</summary>
[DbContext(typeof(FichesDbContext))]
[Migration("20261122153100_AccesDossiers")]
internal sealed class AccesDossiers : Migration
{
    private const string Schema = FichesDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "fiches_acces_dossier",
            schema: Schema,
            columns: table => new
            {
                dossier_id = table.Column<Guid>(nullable: false),
                version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_fiches_acces_dossier", x => x.dossier_id));

        migrationBuilder.CreateTable(
            name: "fiches_acces_fiche",
            schema: Schema,
            columns: table => new
            {
                fiche_id = table.Column<Guid>(nullable: false),
                ayant_droit_id = table.Column<Guid>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_fiches_acces_fiche", x => new { x.fiche_id, x.ayant_droit_id, x.dossier_id });
                table.ForeignKey(
                    "FK_fiches_acces_fiche_fiches_fiche_fiche_id", x => x.fiche_id,
                    principalSchema: Schema, principalTable: "fiches_fiche", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_fiches_acces_fiche_dossier_id", "fiches_acces_fiche", "dossier_id", Schema);
    }
}
