using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Fiches.Persistence.Migrations;

/// <summary>Marks the referents among a dossier's authorised users: their managers see its fiches too.</summary>
[DbContext(typeof(FichesDbContext))]
[Migration("20261122173100_AccesParReferent")]
internal sealed class AccesParReferent : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<bool>("referent", "fiches_acces_fiche", nullable: false, defaultValue: false, schema: FichesDbContext.Schema);
}
