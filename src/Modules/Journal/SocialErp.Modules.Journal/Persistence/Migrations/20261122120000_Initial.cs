using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SocialErp.BuildingBlocks.Messaging;

namespace SocialErp.Modules.Journal.Persistence.Migrations;

[DbContext(typeof(JournalDbContext))]
[Migration("20261122120000_Initial")]
internal sealed class Initial : Migration
{
    private const string Schema = JournalDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(Schema);
        migrationBuilder.CreateTable(
            name: "journal_mutation",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                message_id = table.Column<Guid>(nullable: false),
                module = table.Column<string>(maxLength: 50, nullable: false),
                entite = table.Column<string>(maxLength: 100, nullable: false),
                entite_id = table.Column<string>(maxLength: 200, nullable: false),
                operation = table.Column<string>(maxLength: 20, nullable: false),
                utilisateur_id = table.Column<Guid>(nullable: true),
                utilisateur_email = table.Column<string>(maxLength: 254, nullable: true),
                instant = table.Column<DateTime>(nullable: false),
                changements = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_journal_mutation", x => x.id));
        migrationBuilder.CreateIndex("IX_journal_mutation_message_id", "journal_mutation", "message_id", Schema, unique: true);
        migrationBuilder.CreateIndex(
            "IX_journal_mutation_module_entite_entite_id_instant", "journal_mutation", ["module", "entite", "entite_id", "instant"], Schema);
        migrationBuilder.CreateIndex("IX_journal_mutation_instant", "journal_mutation", "instant", Schema);

        migrationBuilder.CreateTable(
            name: "journal_entree_journal",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                cible_type = table.Column<string>(maxLength: 30, nullable: false),
                cible_id = table.Column<Guid>(nullable: false),
                type = table.Column<string>(maxLength: 50, nullable: false),
                date = table.Column<DateTime>(nullable: false),
                texte = table.Column<string>(maxLength: 8000, nullable: false),
                auteur_id = table.Column<Guid>(nullable: true),
                automatique = table.Column<bool>(nullable: false),
                source_message_id = table.Column<Guid>(nullable: true),
                version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_journal_entree_journal", x => x.id));
        migrationBuilder.CreateIndex(
            "IX_journal_entree_journal_cible_type_cible_id_date", "journal_entree_journal", ["cible_type", "cible_id", "date"], Schema);
        migrationBuilder.CreateIndex(
            "IX_journal_entree_journal_source_message_id", "journal_entree_journal", "source_message_id", Schema, unique: true);

        migrationBuilder.CreateMessagingTables(Schema);
    }
}
