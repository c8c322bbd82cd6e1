using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Fiches.Persistence.Migrations;

/// <summary>
/// The fiche's sort key beside each search key, and the (terme, tri, fiche_id) index that serves a search's first
/// page in order instead of sorting every match; (nom, prenom, id) does the same for the list without text.
/// </summary>
[DbContext(typeof(FichesDbContext))]
[Migration("20261122153000_TriTermes")]
internal sealed class TriTermes : Migration
{
    private const string Schema = FichesDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "tri", table: "fiches_fiche_terme", schema: Schema, maxLength: 100, nullable: false, defaultValue: "");
        var (termes, fiches) = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL"
            ? ($"{Schema}.fiches_fiche_terme", $"{Schema}.fiches_fiche")
            : ("fiches_fiche_terme", "fiches_fiche");
        migrationBuilder.Sql(
            $"UPDATE {termes} SET tri = (SELECT substr(f.texte_recherche, 1, 100) FROM {fiches} f WHERE f.id = {termes}.fiche_id);");
        migrationBuilder.DropIndex("IX_fiches_fiche_terme_terme_fiche_id", "fiches_fiche_terme", Schema);
        migrationBuilder.CreateIndex("IX_fiches_fiche_terme_terme_tri_fiche_id", "fiches_fiche_terme", ["terme", "tri", "fiche_id"], Schema);
        migrationBuilder.CreateIndex("IX_fiches_fiche_nom_prenom_id", "fiches_fiche", ["nom", "prenom", "id"], Schema);
    }
}
