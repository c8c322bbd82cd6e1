using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Journal.Persistence.Migrations;

/// <summary>
/// The journal des mutations loses its unique index on the audit event's id. The inbox already records a line once:
/// the row proving the handler ran commits in the same transaction as the line. The index only doubled that proof at
/// the price of a random insert into a tree of millions of entries, and of a lookup, for every line written.
/// </summary>
[DbContext(typeof(JournalDbContext))]
[Migration("20261124000000_MutationsSansIndexMessage")]
internal sealed class MutationsSansIndexMessage : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropIndex("IX_journal_mutation_message_id", "journal_mutation", JournalDbContext.Schema);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateIndex(
            "IX_journal_mutation_message_id", "journal_mutation", "message_id", JournalDbContext.Schema, unique: true);
}
