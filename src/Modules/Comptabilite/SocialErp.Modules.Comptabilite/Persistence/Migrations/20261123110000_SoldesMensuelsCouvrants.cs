using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Comptabilite.Persistence.Migrations;

/// <summary>
/// Covering indexes on the stored monthly balances, by person and by unit, holding every column a balance reads:
/// a unit's balance reads its members' months and its own months as two index-only ranges. The unit index replaces
/// the plain one on the unit.
/// </summary>
[DbContext(typeof(ComptabiliteDbContext))]
[Migration("20261123110000_SoldesMensuelsCouvrants")]
internal sealed class SoldesMensuelsCouvrants : Migration
{
    private const string Schema = ComptabiliteDbContext.Schema;
    private const string Table = "comptabilite_solde_mensuel";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_comptabilite_solde_mensuel_unite_allocation_id", Table, Schema);
        migrationBuilder.CreateIndex(
            SoldeMensuelConfiguration.IndexFiche, Table,
            ["fiche_id", "annee", "mois", "unite_allocation_id", "compte_id", "genre", "type_charge", "debit_centimes", "credit_centimes"], Schema);
        migrationBuilder.CreateIndex(
            SoldeMensuelConfiguration.IndexUnite, Table,
            ["unite_allocation_id", "annee", "mois", "fiche_id", "compte_id", "genre", "type_charge", "debit_centimes", "credit_centimes"], Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(SoldeMensuelConfiguration.IndexUnite, Table, Schema);
        migrationBuilder.DropIndex(SoldeMensuelConfiguration.IndexFiche, Table, Schema);
        migrationBuilder.CreateIndex("IX_comptabilite_solde_mensuel_unite_allocation_id", Table, "unite_allocation_id", Schema);
    }
}
