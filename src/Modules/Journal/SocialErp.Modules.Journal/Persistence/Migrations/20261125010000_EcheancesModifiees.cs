using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Journal.Persistence.Migrations;

/// <summary>
/// Due dates keep their cancellation, reschedulings and reassignments (<c>modifications_json</c>, empty for the
/// existing ones); a workflow stopped before its last step keeps why (<c>motif_arret</c>).
/// </summary>
[DbContext(typeof(JournalDbContext))]
[Migration("20261125010000_EcheancesModifiees")]
internal sealed class EcheancesModifiees : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            "modifications_json", "journal_echeance", schema: JournalDbContext.Schema, nullable: false, defaultValue: "[]");
        migrationBuilder.AddColumn<string>(
            "motif_arret", "journal_workflow_instance", schema: JournalDbContext.Schema, maxLength: 600, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("modifications_json", "journal_echeance", JournalDbContext.Schema);
        migrationBuilder.DropColumn("motif_arret", "journal_workflow_instance", JournalDbContext.Schema);
    }
}
