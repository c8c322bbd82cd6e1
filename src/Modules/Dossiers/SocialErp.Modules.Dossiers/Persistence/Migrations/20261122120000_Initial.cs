using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SocialErp.BuildingBlocks.Messaging;

namespace SocialErp.Modules.Dossiers.Persistence.Migrations;

[DbContext(typeof(DossiersDbContext))]
[Migration("20261122120000_Initial")]
internal sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(DossiersDbContext.Schema);
        migrationBuilder.CreateMessagingTables(DossiersDbContext.Schema);
    }
}
