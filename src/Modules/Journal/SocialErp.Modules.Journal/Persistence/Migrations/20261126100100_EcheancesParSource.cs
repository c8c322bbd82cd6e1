using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Journal.Persistence.Migrations;

/// <summary>
/// A due date kept up to date by another module knows its source (<c>source</c>, indexed: a memo's follow-up is found
/// by it) and may be private to its responsible (<c>privee</c>, false for the existing ones).
/// </summary>
[DbContext(typeof(JournalDbContext))]
[Migration("20261126100100_EcheancesParSource")]
internal sealed class EcheancesParSource : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("source", "journal_echeance", schema: JournalDbContext.Schema, maxLength: 100, nullable: true);
        migrationBuilder.AddColumn<bool>("privee", "journal_echeance", schema: JournalDbContext.Schema, nullable: false, defaultValue: false);
        migrationBuilder.CreateIndex("IX_journal_echeance_source", "journal_echeance", "source", JournalDbContext.Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_journal_echeance_source", "journal_echeance", JournalDbContext.Schema);
        migrationBuilder.DropColumn("source", "journal_echeance", JournalDbContext.Schema);
        migrationBuilder.DropColumn("privee", "journal_echeance", JournalDbContext.Schema);
    }
}
