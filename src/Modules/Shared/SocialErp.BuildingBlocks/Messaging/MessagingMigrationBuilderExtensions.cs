using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using SocialErp.BuildingBlocks.Persistence;

namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>
/// Creates a module's messaging tables from its first hand-written migration. Provider-neutral: column types
/// come from the active provider, identity columns carry both providers' annotations.
/// </summary>
public static class MessagingMigrationBuilderExtensions
{
    public static void CreateMessagingTables(this MigrationBuilder migrationBuilder, string module)
    {
        var outbox = NamingConventions.TableName(module, nameof(OutboxMessage));
        migrationBuilder.CreateTable(
            name: outbox,
            schema: module,
            columns: table => new
            {
                sequence = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                message_id = table.Column<Guid>(nullable: false),
                type = table.Column<string>(maxLength: MessagingModelBuilderExtensions.TypeMaxLength, nullable: false),
                payload = table.Column<string>(nullable: false),
                aggregate_key = table.Column<string>(maxLength: MessagingModelBuilderExtensions.AggregateKeyMaxLength, nullable: true),
                occurred_at = table.Column<DateTime>(nullable: false),
                processed_at = table.Column<DateTime>(nullable: true),
                attempts = table.Column<int>(nullable: false),
                last_error = table.Column<string>(maxLength: MessagingModelBuilderExtensions.ErrorMaxLength, nullable: true),
                next_attempt_at = table.Column<DateTime>(nullable: true),
                locked_until = table.Column<DateTime>(nullable: true),
                locked_by = table.Column<string>(maxLength: MessagingModelBuilderExtensions.LockedByMaxLength, nullable: true),
                correlation_id = table.Column<string>(maxLength: MessagingModelBuilderExtensions.CorrelationIdMaxLength, nullable: true),
                user_id = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey($"PK_{outbox}", x => x.sequence));
        CreateStoredMessageIndexes(migrationBuilder, module, outbox);

        var inbox = NamingConventions.TableName(module, nameof(InboxMessage));
        migrationBuilder.CreateTable(
            name: inbox,
            schema: module,
            columns: table => new
            {
                sequence = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                message_id = table.Column<Guid>(nullable: false),
                source_module = table.Column<string>(maxLength: MessagingModelBuilderExtensions.ModuleMaxLength, nullable: false),
                type = table.Column<string>(maxLength: MessagingModelBuilderExtensions.TypeMaxLength, nullable: false),
                payload = table.Column<string>(nullable: false),
                aggregate_key = table.Column<string>(maxLength: MessagingModelBuilderExtensions.AggregateKeyMaxLength, nullable: true),
                occurred_at = table.Column<DateTime>(nullable: false),
                received_at = table.Column<DateTime>(nullable: false),
                processed_at = table.Column<DateTime>(nullable: true),
                parked_at = table.Column<DateTime>(nullable: true),
                attempts = table.Column<int>(nullable: false),
                last_error = table.Column<string>(maxLength: MessagingModelBuilderExtensions.ErrorMaxLength, nullable: true),
                next_attempt_at = table.Column<DateTime>(nullable: true),
                locked_until = table.Column<DateTime>(nullable: true),
                locked_by = table.Column<string>(maxLength: MessagingModelBuilderExtensions.LockedByMaxLength, nullable: true),
                correlation_id = table.Column<string>(maxLength: MessagingModelBuilderExtensions.CorrelationIdMaxLength, nullable: true),
                user_id = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey($"PK_{inbox}", x => x.sequence));
        CreateStoredMessageIndexes(migrationBuilder, module, inbox);
        migrationBuilder.CreateIndex($"IX_{inbox}_parked_at", inbox, "parked_at", module);

        var consumers = NamingConventions.TableName(module, nameof(InboxMessageConsumer));
        migrationBuilder.CreateTable(
            name: consumers,
            schema: module,
            columns: table => new
            {
                message_id = table.Column<Guid>(nullable: false),
                handler = table.Column<string>(maxLength: MessagingModelBuilderExtensions.TypeMaxLength, nullable: false),
                processed_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey($"PK_{consumers}", x => new { x.message_id, x.handler }));
    }

    private static void CreateStoredMessageIndexes(MigrationBuilder migrationBuilder, string module, string table)
    {
        migrationBuilder.CreateIndex($"IX_{table}_message_id", table, "message_id", module, unique: true);
        migrationBuilder.CreateIndex($"IX_{table}_processed_at_sequence", table, ["processed_at", "sequence"], module);
        migrationBuilder.CreateIndex($"IX_{table}_aggregate_key_sequence", table, ["aggregate_key", "sequence"], module);
    }
}
