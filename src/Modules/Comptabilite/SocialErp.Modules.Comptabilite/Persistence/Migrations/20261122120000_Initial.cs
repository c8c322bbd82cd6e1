using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SocialErp.BuildingBlocks.Messaging;

namespace SocialErp.Modules.Comptabilite.Persistence.Migrations;

[DbContext(typeof(ComptabiliteDbContext))]
[Migration("20261122120000_Initial")]
internal sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(ComptabiliteDbContext.Schema);
        migrationBuilder.CreateMessagingTables(ComptabiliteDbContext.Schema);
    }
}
