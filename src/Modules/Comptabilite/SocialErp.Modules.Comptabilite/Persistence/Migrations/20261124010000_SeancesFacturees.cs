using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Comptabilite.Persistence.Migrations;

/// <summary>
/// Billing signed sessions to the dossiers' funders: the local projections of the fundings (and their co-funders) and
/// of the sessions Dossiers publishes, and the sessions billed to each funder (key session + funder: billed once).
/// </summary>
[DbContext(typeof(ComptabiliteDbContext))]
[Migration("20261124010000_SeancesFacturees")]
internal sealed class SeancesFacturees : Migration
{
    private const string Schema = ComptabiliteDbContext.Schema;
    private const string Financements = "comptabilite_financement_projete";
    private const string CoFinanceurs = "comptabilite_co_financeur_projete";
    private const string Seances = "comptabilite_seance_projetee";
    private const string Facturees = "comptabilite_seance_facturee";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Financements,
            schema: Schema,
            columns: table => new
            {
                dossier_id = table.Column<Guid>(nullable: false),
                version_source = table.Column<long>(nullable: false),
                convention_reference = table.Column<string>(maxLength: 100, nullable: true),
                convention_du = table.Column<DateOnly>(nullable: true),
                convention_au = table.Column<DateOnly>(nullable: true),
                heures_financees = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                financeur_principal_id = table.Column<Guid>(nullable: false),
                mode_montant = table.Column<string>(maxLength: 30, nullable: false),
                montant = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                repartition = table.Column<string>(maxLength: 30, nullable: true),
                part_principale = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                mise_a_jour_le = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_" + Financements, x => x.dossier_id));
        migrationBuilder.CreateTable(
            name: CoFinanceurs,
            schema: Schema,
            columns: table => new
            {
                dossier_id = table.Column<Guid>(nullable: false),
                fiche_id = table.Column<Guid>(nullable: false),
                part = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_" + CoFinanceurs, x => new { x.dossier_id, x.fiche_id });
                table.ForeignKey(
                    "FK_comptabilite_co_financeur_projete_dossier_id", x => x.dossier_id,
                    principalSchema: Schema, principalTable: Financements, principalColumn: "dossier_id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateTable(
            name: Seances,
            schema: Schema,
            columns: table => new
            {
                seance_id = table.Column<Guid>(nullable: false),
                dossier_id = table.Column<Guid>(nullable: false),
                debut = table.Column<DateTime>(nullable: false),
                jour = table.Column<DateOnly>(nullable: false),
                duree_heures = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                etat = table.Column<string>(maxLength: 30, nullable: false),
                presence = table.Column<string>(maxLength: 30, nullable: true),
                etat_du = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_" + Seances, x => x.seance_id));
        migrationBuilder.CreateIndex($"IX_{Seances}_jour_dossier_id", Seances, ["jour", "dossier_id"], Schema);
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
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(Facturees, Schema);
        migrationBuilder.DropTable(Seances, Schema);
        migrationBuilder.DropTable(CoFinanceurs, Schema);
        migrationBuilder.DropTable(Financements, Schema);
    }
}
