using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SocialErp.BuildingBlocks.Messaging;

namespace SocialErp.Modules.Ged.Persistence.Migrations;

[DbContext(typeof(GedDbContext))]
[Migration("20261122120000_Initial")]
internal sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(GedDbContext.Schema);
        migrationBuilder.CreateMessagingTables(GedDbContext.Schema);
    }
}
