using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Ged.Persistence.Migrations;

/// <summary>
/// The document links each fiche merge re-pointed (moved or dropped), by merge id, so that undoing the merge puts them
/// back. Merges handled before this migration left no such record: undoing one of them moves nothing back.
/// </summary>
[DbContext(typeof(GedDbContext))]
[Migration("20261123220000_CiblesRepointeesParFusion")]
internal sealed class CiblesRepointeesParFusion : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "ged_cible_repointee",
            schema: GedDbContext.Schema,
            columns: table => new
            {
                fusion_id = table.Column<Guid>(nullable: false),
                document_id = table.Column<Guid>(nullable: false),
                retiree = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ged_cible_repointee", x => new { x.fusion_id, x.document_id }));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable("ged_cible_repointee", GedDbContext.Schema);
}
