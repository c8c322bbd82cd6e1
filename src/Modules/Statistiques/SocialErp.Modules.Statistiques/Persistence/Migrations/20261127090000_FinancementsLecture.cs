using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Statistiques.Persistence.Migrations;

/// <summary>
/// Dossiers' fundings in the read model, for the lists' <c>financement.</c> columns. Fundings saved before it are
/// not in the module's event log: Dossiers publishes a funding again on its next change.
/// </summary>
[DbContext(typeof(StatistiquesDbContext))]
[Migration("20261127090000_FinancementsLecture")]
internal sealed class FinancementsLecture : Migration
{
    private const string Schema = StatistiquesDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "statistiques_financement_lecture",
            schema: Schema,
            columns: table => new
            {
                dossier_id = table.Column<Guid>(nullable: false),
                version = table.Column<long>(nullable: false),
                convention_reference = table.Column<string>(maxLength: 100, nullable: true),
                convention_du = table.Column<DateOnly>(nullable: true),
                convention_au = table.Column<DateOnly>(nullable: true),
                heures_financees = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                financeur_principal_id = table.Column<Guid>(nullable: false),
                type_financeur = table.Column<string>(maxLength: 20, nullable: false),
                mode_montant = table.Column<string>(maxLength: 20, nullable: false),
                montant_total = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                nombre_co_financeurs = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_statistiques_financement_lecture", x => x.dossier_id));

        migrationBuilder.CreateIndex(
            name: "IX_statistiques_financement_lecture_financeur_principal_id",
            schema: Schema,
            table: "statistiques_financement_lecture",
            column: "financeur_principal_id");
    }
}
