using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace SocialErp.Host.Identite.Migrations;

[DbContext(typeof(IdentiteDbContext))]
[Migration("20261122120000_Initial")]
internal sealed class Initial : Migration
{
    private const string Schema = IdentiteDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(Schema);
        migrationBuilder.CreateTable(
            name: "identite_service",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                code = table.Column<string>(maxLength: 30, nullable: false),
                nom = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_identite_service", x => x.id));
        migrationBuilder.CreateIndex("IX_identite_service_code", "identite_service", "code", Schema, unique: true);

        migrationBuilder.CreateTable(
            name: "identite_utilisateur",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                nom = table.Column<string>(maxLength: 100, nullable: false),
                prenom = table.Column<string>(maxLength: 100, nullable: false),
                metier = table.Column<string>(maxLength: 30, nullable: false),
                service_id = table.Column<Guid>(nullable: true),
                manager_id = table.Column<Guid>(nullable: true),
                actif = table.Column<bool>(nullable: false),
                user_name = table.Column<string>(maxLength: 256, nullable: true),
                normalized_user_name = table.Column<string>(maxLength: 256, nullable: true),
                email = table.Column<string>(maxLength: 256, nullable: true),
                normalized_email = table.Column<string>(maxLength: 256, nullable: true),
                email_confirmed = table.Column<bool>(nullable: false),
                password_hash = table.Column<string>(nullable: true),
                security_stamp = table.Column<string>(nullable: true),
                concurrency_stamp = table.Column<string>(nullable: true),
                phone_number = table.Column<string>(nullable: true),
                phone_number_confirmed = table.Column<bool>(nullable: false),
                two_factor_enabled = table.Column<bool>(nullable: false),
                lockout_end = table.Column<DateTimeOffset>(nullable: true),
                lockout_enabled = table.Column<bool>(nullable: false),
                access_failed_count = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_identite_utilisateur", x => x.id));
        migrationBuilder.CreateIndex("EmailIndex", "identite_utilisateur", "normalized_email", Schema);
        migrationBuilder.CreateIndex("UserNameIndex", "identite_utilisateur", "normalized_user_name", Schema, unique: true);
        migrationBuilder.CreateIndex("IX_identite_utilisateur_manager_id", "identite_utilisateur", "manager_id", Schema);
        migrationBuilder.CreateIndex("IX_identite_utilisateur_service_id", "identite_utilisateur", "service_id", Schema);

        migrationBuilder.CreateTable(
            name: "identite_utilisateur_claim",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                user_id = table.Column<Guid>(nullable: false),
                claim_type = table.Column<string>(nullable: true),
                claim_value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_identite_utilisateur_claim", x => x.id);
                table.ForeignKey(
                    "FK_identite_utilisateur_claim_identite_utilisateur_user_id", x => x.user_id,
                    principalSchema: Schema, principalTable: "identite_utilisateur", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_identite_utilisateur_claim_user_id", "identite_utilisateur_claim", "user_id", Schema);

        migrationBuilder.CreateTable(
            name: "identite_utilisateur_login",
            schema: Schema,
            columns: table => new
            {
                login_provider = table.Column<string>(nullable: false),
                provider_key = table.Column<string>(nullable: false),
                provider_display_name = table.Column<string>(nullable: true),
                user_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_identite_utilisateur_login", x => new { x.login_provider, x.provider_key });
                table.ForeignKey(
                    "FK_identite_utilisateur_login_identite_utilisateur_user_id", x => x.user_id,
                    principalSchema: Schema, principalTable: "identite_utilisateur", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_identite_utilisateur_login_user_id", "identite_utilisateur_login", "user_id", Schema);

        migrationBuilder.CreateTable(
            name: "identite_utilisateur_token",
            schema: Schema,
            columns: table => new
            {
                user_id = table.Column<Guid>(nullable: false),
                login_provider = table.Column<string>(nullable: false),
                name = table.Column<string>(nullable: false),
                value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_identite_utilisateur_token", x => new { x.user_id, x.login_provider, x.name });
                table.ForeignKey(
                    "FK_identite_utilisateur_token_identite_utilisateur_user_id", x => x.user_id,
                    principalSchema: Schema, principalTable: "identite_utilisateur", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
    }
}
