using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Comptabilite.Persistence.Migrations;

/// <summary>
/// Lines by account, date and amounts: an account's ledger and the trial balance read one index range (or the index
/// alone) instead of the wide line rows. It replaces the plain index on the account, which it also serves.
/// </summary>
[DbContext(typeof(ComptabiliteDbContext))]
[Migration("20261123230000_LignesParCompte")]
internal sealed class LignesParCompte : Migration
{
    private const string Schema = ComptabiliteDbContext.Schema;
    private const string Table = "comptabilite_ligne_ecriture";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex(LigneEcritureConfiguration.IndexCompte, Table, ["compte_id", "date", "debit", "credit"], Schema);
        migrationBuilder.DropIndex("IX_comptabilite_ligne_ecriture_compte_id", Table, Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex("IX_comptabilite_ligne_ecriture_compte_id", Table, "compte_id", Schema);
        migrationBuilder.DropIndex(LigneEcritureConfiguration.IndexCompte, Table, Schema);
    }
}
