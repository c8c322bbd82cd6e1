using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Dossiers.Persistence.Migrations;

/// <summary>
/// The funding-convention catalogue (« Admin &gt; Conventions ») and the catalogue convention a funding copied its values
/// from (null for the existing fundings: their free reference stays, the legacy form).
/// </summary>
[DbContext(typeof(DossiersDbContext))]
[Migration("20261127000000_ConventionsFinancement")]
internal sealed class ConventionsFinancement : Migration
{
    private const string Schema = DossiersDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "dossiers_convention_financement",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                reference = table.Column<string>(maxLength: 100, nullable: false),
                libelle = table.Column<string>(maxLength: 200, nullable: false),
                financeur_id = table.Column<Guid>(nullable: false),
                type_financeur = table.Column<string>(maxLength: 20, nullable: false),
                du = table.Column<DateOnly>(nullable: false),
                au = table.Column<DateOnly>(nullable: true),
                heures_financees = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                mode_montant = table.Column<string>(maxLength: 20, nullable: true),
                montant = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                prestations = table.Column<string>(nullable: false),
                actif = table.Column<bool>(nullable: false),
                remarques = table.Column<string>(maxLength: 2000, nullable: true),
                modifie_le = table.Column<DateTime>(nullable: false),
                version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_dossiers_convention_financement", x => x.id));
        migrationBuilder.CreateIndex(
            "IX_dossiers_convention_financement_reference", "dossiers_convention_financement", "reference", Schema, unique: true);
        migrationBuilder.CreateIndex(
            "IX_dossiers_convention_financement_financeur_id", "dossiers_convention_financement", "financeur_id", Schema);

        migrationBuilder.AddColumn<Guid>("convention_id", "dossiers_financement", schema: Schema, nullable: true);
        migrationBuilder.CreateIndex("IX_dossiers_financement_convention_id", "dossiers_financement", "convention_id", Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_dossiers_financement_convention_id", "dossiers_financement", Schema);
        migrationBuilder.DropColumn("convention_id", "dossiers_financement", Schema);
        migrationBuilder.DropTable(name: "dossiers_convention_financement", schema: Schema);
    }
}
