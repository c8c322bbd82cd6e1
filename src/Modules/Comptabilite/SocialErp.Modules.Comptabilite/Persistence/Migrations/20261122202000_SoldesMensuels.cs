using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Comptabilite.Persistence.Migrations;

/// <summary>
/// Stored monthly balances per (person, allocation unit, account, kind, charge type, month), filled from the lines
/// already posted; from here on every posting increments them in its own transaction.
/// </summary>
[DbContext(typeof(ComptabiliteDbContext))]
[Migration("20261122202000_SoldesMensuels")]
internal sealed class SoldesMensuels : Migration
{
    private const string Schema = ComptabiliteDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "comptabilite_solde_mensuel",
            schema: Schema,
            columns: table => new
            {
                fiche_id = table.Column<Guid>(nullable: false),
                unite_allocation_id = table.Column<Guid>(nullable: false),
                compte_id = table.Column<Guid>(nullable: false),
                genre = table.Column<string>(maxLength: 30, nullable: false),
                type_charge = table.Column<string>(maxLength: 30, nullable: false),
                annee = table.Column<int>(nullable: false),
                mois = table.Column<int>(nullable: false),
                debit_centimes = table.Column<long>(nullable: false),
                credit_centimes = table.Column<long>(nullable: false),
                nombre_lignes = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey(
                "PK_comptabilite_solde_mensuel",
                x => new { x.fiche_id, x.unite_allocation_id, x.compte_id, x.genre, x.type_charge, x.annee, x.mois }));
        migrationBuilder.CreateIndex("IX_comptabilite_solde_mensuel_unite_allocation_id", "comptabilite_solde_mensuel", "unite_allocation_id", Schema);
        migrationBuilder.Sql(RecalculSoldesMensuels.Sql(migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL"));
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "comptabilite_solde_mensuel", schema: Schema);
}
