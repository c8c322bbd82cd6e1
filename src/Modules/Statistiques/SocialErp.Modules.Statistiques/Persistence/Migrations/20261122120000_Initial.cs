using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SocialErp.BuildingBlocks.Messaging;

namespace SocialErp.Modules.Statistiques.Persistence.Migrations;

[DbContext(typeof(StatistiquesDbContext))]
[Migration("20261122120000_Initial")]
internal sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(StatistiquesDbContext.Schema);
        migrationBuilder.CreateMessagingTables(StatistiquesDbContext.Schema);
    }
}
