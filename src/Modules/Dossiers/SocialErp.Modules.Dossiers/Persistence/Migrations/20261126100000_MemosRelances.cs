using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Dossiers.Persistence.Migrations;

/// <summary>A memo's nature (existing memos become notes) and its planned follow-up (day and responsible).</summary>
[DbContext(typeof(DossiersDbContext))]
[Migration("20261126100000_MemosRelances")]
internal sealed class MemosRelances : Migration
{
    private const string Schema = DossiersDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("nature", "dossiers_memo", schema: Schema, maxLength: 20, nullable: false, defaultValue: "note");
        migrationBuilder.AddColumn<DateOnly>("relance_le", "dossiers_memo", schema: Schema, nullable: true);
        migrationBuilder.AddColumn<Guid>("relance_responsable_id", "dossiers_memo", schema: Schema, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("nature", "dossiers_memo", Schema);
        migrationBuilder.DropColumn("relance_le", "dossiers_memo", Schema);
        migrationBuilder.DropColumn("relance_responsable_id", "dossiers_memo", Schema);
    }
}
