using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Fiches.Persistence.Migrations;

/// <summary>The record of each merge (who, when, choices, what it changed), so that a merge can be undone.</summary>
[DbContext(typeof(FichesDbContext))]
[Migration("20261122173000_FusionsEnregistrees")]
internal sealed class FusionsEnregistrees : Migration
{
    private const string Schema = FichesDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "fiches_fusion_fiches",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                conservee_id = table.Column<Guid>(nullable: false),
                absorbee_id = table.Column<Guid>(nullable: false),
                fusionnee_le = table.Column<DateTime>(nullable: false),
                fusionnee_par = table.Column<Guid>(nullable: true),
                version_conservee = table.Column<long>(nullable: false),
                version_absorbee = table.Column<long>(nullable: false),
                trace_json = table.Column<string>(nullable: false),
                annulee_le = table.Column<DateTime>(nullable: true),
                annulee_par = table.Column<Guid>(nullable: true),
                version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_fiches_fusion_fiches", x => x.id);
                table.ForeignKey(
                    "FK_fiches_fusion_fiches_fiches_fiche_conservee_id", x => x.conservee_id,
                    principalSchema: Schema, principalTable: "fiches_fiche", principalColumn: "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    "FK_fiches_fusion_fiches_fiches_fiche_absorbee_id", x => x.absorbee_id,
                    principalSchema: Schema, principalTable: "fiches_fiche", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_fiches_fusion_fiches_conservee_id", "fiches_fusion_fiches", "conservee_id", Schema);
        migrationBuilder.CreateIndex("IX_fiches_fusion_fiches_absorbee_id", "fiches_fusion_fiches", "absorbee_id", Schema);
    }
}
