using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Journal.Persistence.Migrations;

/// <summary>
/// The journal entries each fiche merge moved to the kept fiche, by merge id, so that undoing the merge moves them
/// back. Merges handled before this migration left no such record: undoing one of them moves nothing back.
/// </summary>
[DbContext(typeof(JournalDbContext))]
[Migration("20261125000000_EntreesDeplaceesParFusion")]
internal sealed class EntreesDeplaceesParFusion : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "journal_entree_deplacee",
            schema: JournalDbContext.Schema,
            columns: t => new
            {
                fusion_id = t.Column<Guid>(nullable: false),
                entree_id = t.Column<Guid>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_journal_entree_deplacee", x => new { x.fusion_id, x.entree_id }));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable("journal_entree_deplacee", JournalDbContext.Schema);
}
