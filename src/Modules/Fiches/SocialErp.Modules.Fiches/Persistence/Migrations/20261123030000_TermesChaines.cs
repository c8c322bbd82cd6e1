using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Fiches.Persistence.Migrations;

/// <summary>
/// Each search key knows the fiche's key before it (<c>precedent</c>, filled here for the existing keys), and the
/// search index carries it, so a search keeps each fiche once without probing its other keys; the
/// (id, archivee, service_id) index answers a search's per-fiche filters without reading the fiche's row.
/// </summary>
[DbContext(typeof(FichesDbContext))]
[Migration("20261123030000_TermesChaines")]
internal sealed class TermesChaines : Migration
{
    private const string Schema = FichesDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "precedent", table: "fiches_fiche_terme", schema: Schema, maxLength: 254, nullable: true);
        var (termes, ordinal) = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL"
            ? ($"{Schema}.fiches_fiche_terme", " COLLATE \"C\"")
            : ("fiches_fiche_terme", "");
        migrationBuilder.Sql(
            $"UPDATE {termes} SET precedent = p.precedent FROM (SELECT fiche_id, terme, "
            + $"LAG(terme) OVER (PARTITION BY fiche_id ORDER BY terme{ordinal}) AS precedent FROM {termes}) AS p "
            + $"WHERE p.fiche_id = {termes}.fiche_id AND p.terme = {termes}.terme;");
        migrationBuilder.DropIndex("IX_fiches_fiche_terme_terme_tri_fiche_id", "fiches_fiche_terme", Schema);
        migrationBuilder.CreateIndex(
            "IX_fiches_fiche_terme_terme_tri_fiche_id_precedent", "fiches_fiche_terme", ["terme", "tri", "fiche_id", "precedent"], Schema);
        migrationBuilder.CreateIndex("IX_fiches_fiche_id_archivee_service_id", "fiches_fiche", ["id", "archivee", "service_id"], Schema);
    }
}
