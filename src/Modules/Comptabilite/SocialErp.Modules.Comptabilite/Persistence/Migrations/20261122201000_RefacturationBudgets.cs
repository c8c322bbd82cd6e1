using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Comptabilite.Persistence.Migrations;

/// <summary>
/// Re-billable budget charges (issue 7, capability 4): the debtor a budget line is billed on to, and the months of a
/// budget already billed to each debtor.
/// </summary>
[DbContext(typeof(ComptabiliteDbContext))]
[Migration("20261122201000_RefacturationBudgets")]
internal sealed class RefacturationBudgets : Migration
{
    private const string Schema = ComptabiliteDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>("refacture_a", "comptabilite_ligne_budget", schema: Schema, nullable: true);
        migrationBuilder.CreateTable(
            name: "comptabilite_refacturation_budget",
            schema: Schema,
            columns: table => new
            {
                budget_id = table.Column<Guid>(nullable: false),
                mois = table.Column<string>(maxLength: 7, nullable: false),
                debiteur_id = table.Column<Guid>(nullable: false),
                facture_id = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_comptabilite_refacturation_budget", x => new { x.budget_id, x.mois, x.debiteur_id }));
        migrationBuilder.CreateIndex(
            "IX_comptabilite_refacturation_budget_facture_id", "comptabilite_refacturation_budget", "facture_id", Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("comptabilite_refacturation_budget", Schema);
        migrationBuilder.DropColumn("refacture_a", "comptabilite_ligne_budget", Schema);
    }
}
