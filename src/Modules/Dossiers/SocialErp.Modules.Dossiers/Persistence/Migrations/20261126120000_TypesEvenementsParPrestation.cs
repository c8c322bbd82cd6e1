using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Dossiers.Persistence.Migrations;

/// <summary>Event types name the prestations they are used in (JSON list of codes; empty, as for the existing types: every prestation).</summary>
[DbContext(typeof(DossiersDbContext))]
[Migration("20261126120000_TypesEvenementsParPrestation")]
internal sealed class TypesEvenementsParPrestation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>("prestations", "dossiers_type_evenement", schema: DossiersDbContext.Schema, nullable: false, defaultValue: "[]");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn("prestations", "dossiers_type_evenement", DossiersDbContext.Schema);
}
