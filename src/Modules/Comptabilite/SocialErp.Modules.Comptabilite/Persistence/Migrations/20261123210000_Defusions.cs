using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Comptabilite.Persistence.Migrations;

/// <summary>
/// Undoing fiche merges: a re-pointing record knows its merge, the records a merge carried along are noted, and the
/// allocation units' membership is kept as Dossiers sent it, before merges, so it can be recomputed. Existing units
/// start from the membership held today (the closest to what Dossiers sent that is left).
/// </summary>
[DbContext(typeof(ComptabiliteDbContext))]
[Migration("20261123210000_Defusions")]
internal sealed class Defusions : Migration
{
    private const string Schema = ComptabiliteDbContext.Schema;
    private const string Recues = "comptabilite_periode_unite_allocation_recue";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>(name: "fusion_id", table: "comptabilite_repointage", schema: Schema, nullable: true);
        migrationBuilder.CreateTable(
            name: "comptabilite_repointage_deplace",
            schema: Schema,
            columns: table => new
            {
                fusion_id = table.Column<Guid>(nullable: false),
                absorbee_id = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_comptabilite_repointage_deplace", x => new { x.fusion_id, x.absorbee_id }));
        migrationBuilder.CreateTable(
            name: Recues,
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                fiche_id = table.Column<Guid>(nullable: false),
                role = table.Column<string>(maxLength: 30, nullable: false),
                du = table.Column<DateOnly>(nullable: false),
                au = table.Column<DateOnly>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_" + Recues, x => x.id));
        migrationBuilder.CreateIndex($"IX_{Recues}_dossier_id", Recues, "dossier_id", Schema);
        migrationBuilder.CreateIndex($"IX_{Recues}_fiche_id", Recues, "fiche_id", Schema);
        var prefixe = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL" ? Schema + "." : string.Empty;
        migrationBuilder.Sql(
            $"INSERT INTO {prefixe}{Recues} (id, dossier_id, fiche_id, role, du, au) " +
            $"SELECT id, dossier_id, fiche_id, role, du, au FROM {prefixe}comptabilite_membre_unite_allocation;");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(Recues, Schema);
        migrationBuilder.DropTable("comptabilite_repointage_deplace", Schema);
        migrationBuilder.DropColumn(name: "fusion_id", table: "comptabilite_repointage", schema: Schema);
    }
}
