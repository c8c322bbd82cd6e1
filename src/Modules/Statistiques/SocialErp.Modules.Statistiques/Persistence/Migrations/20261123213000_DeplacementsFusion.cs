using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Statistiques.Persistence.Migrations;

/// <summary>
/// The reporting rows each fiche merge moved to the kept fiche, so that undoing the merge moves them back. Merges
/// projected before it left no trace: a rebuild (<c>POST /api/statistiques/reconstruction</c>) records them.
/// </summary>
[DbContext(typeof(StatistiquesDbContext))]
[Migration("20261123213000_DeplacementsFusion")]
internal sealed class DeplacementsFusion : Migration
{
    private const string Schema = StatistiquesDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "statistiques_deplacement_fusion_lecture",
            schema: Schema,
            columns: table => new
            {
                fusion_id = table.Column<Guid>(nullable: false),
                genre = table.Column<string>(maxLength: 20, nullable: false),
                source_id = table.Column<Guid>(nullable: false),
                numero = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey(
                "PK_statistiques_deplacement_fusion_lecture", x => new { x.fusion_id, x.genre, x.source_id, x.numero }));
}
