using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Journal.Persistence.Migrations;

/// <summary>
/// The journal entries whose participants each fiche merge re-pointed to the kept fiche, by merge id, with the list
/// before and after, so that undoing the merge puts the list back. Merges handled before this migration re-pointed
/// nothing: their entries keep the absorbed fiche as participant.
/// </summary>
[DbContext(typeof(JournalDbContext))]
[Migration("20261126000000_ParticipantsRepointesParFusion")]
internal sealed class ParticipantsRepointesParFusion : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "journal_participants_repointes",
            schema: JournalDbContext.Schema,
            columns: t => new
            {
                fusion_id = t.Column<Guid>(nullable: false),
                entree_id = t.Column<Guid>(nullable: false),
                avant = t.Column<string>(maxLength: 4000, nullable: false),
                apres = t.Column<string>(maxLength: 4000, nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_journal_participants_repointes", x => new { x.fusion_id, x.entree_id }));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable("journal_participants_repointes", JournalDbContext.Schema);
}
