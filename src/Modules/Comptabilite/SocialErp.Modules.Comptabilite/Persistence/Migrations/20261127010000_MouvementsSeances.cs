using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Comptabilite.Persistence.Migrations;

/// <summary>
/// Session billing follows changes: every billed movement of a session (or forfait) to a funder is kept — invoice or
/// credit note, signed hours and amount, funding version — keyed by object, funder, month and rank. The sessions billed
/// so far become each one's first movement; the former table (one row per session and funder) goes.
/// </summary>
[DbContext(typeof(ComptabiliteDbContext))]
[Migration("20261127010000_MouvementsSeances")]
internal sealed class MouvementsSeances : Migration
{
    private const string Schema = ComptabiliteDbContext.Schema;
    private const string Mouvements = "comptabilite_mouvement_seance";
    private const string Facturees = "comptabilite_seance_facturee";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Mouvements,
            schema: Schema,
            columns: table => new
            {
                objet_id = table.Column<Guid>(nullable: false),
                financeur_id = table.Column<Guid>(nullable: false),
                periode = table.Column<string>(maxLength: 7, nullable: false),
                rang = table.Column<int>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                nature = table.Column<string>(maxLength: 20, nullable: false),
                jour = table.Column<DateOnly>(nullable: false),
                facture_id = table.Column<Guid>(nullable: false),
                facture_creditee_id = table.Column<Guid>(nullable: true),
                heures = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                montant = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                version_financement = table.Column<long>(nullable: false),
                cree_le = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_" + Mouvements, x => new { x.objet_id, x.financeur_id, x.periode, x.rang }));
        migrationBuilder.CreateIndex($"IX_{Mouvements}_dossier_id_periode", Mouvements, ["dossier_id", "periode"], Schema);
        migrationBuilder.CreateIndex($"IX_{Mouvements}_facture_id", Mouvements, "facture_id", Schema);

        var postgres = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
        var prefixe = postgres ? Schema + "." : string.Empty;
        var (premierJour, maintenant) = postgres
            ? ("to_date(f.periode || '-01', 'YYYY-MM-DD')", "now()")
            : ("f.periode || '-01'", "strftime('%Y-%m-%d %H:%M:%f', 'now')");
        migrationBuilder.Sql(
            $"INSERT INTO {prefixe}{Mouvements} (objet_id, financeur_id, periode, rang, dossier_id, nature, jour, facture_id, facture_creditee_id, heures, montant, version_financement, cree_le) " +
            $"SELECT f.seance_id, f.financeur_id, f.periode, 1, f.dossier_id, 'seance', " +
            $"COALESCE((SELECT s.jour FROM {prefixe}comptabilite_seance_projetee s WHERE s.seance_id = f.seance_id), {premierJour}), " +
            $"f.facture_id, NULL, f.heures, f.montant, 0, {maintenant} FROM {prefixe}{Facturees} f;");
        migrationBuilder.DropTable(Facturees, Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Facturees,
            schema: Schema,
            columns: table => new
            {
                seance_id = table.Column<Guid>(nullable: false),
                financeur_id = table.Column<Guid>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                facture_id = table.Column<Guid>(nullable: false),
                periode = table.Column<string>(maxLength: 7, nullable: false),
                heures = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                montant = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_" + Facturees, x => new { x.seance_id, x.financeur_id }));
        migrationBuilder.CreateIndex($"IX_{Facturees}_dossier_id", Facturees, "dossier_id", Schema);
        migrationBuilder.CreateIndex($"IX_{Facturees}_facture_id", Facturees, "facture_id", Schema);
        migrationBuilder.DropTable(Mouvements, Schema);
    }
}
