using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Dossiers.Persistence.Migrations;

/// <summary>Contact roles become a parameter list, seeded with the five roles and fiche categories the code held until now.</summary>
[DbContext(typeof(DossiersDbContext))]
[Migration("20261126110000_RolesContact")]
internal sealed class RolesContact : Migration
{
    private const string Schema = DossiersDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "dossiers_role_contact",
            schema: Schema,
            columns: table => new
            {
                code = table.Column<string>(maxLength: 20, nullable: false),
                libelle = table.Column<string>(maxLength: 100, nullable: false),
                categorie_fiche = table.Column<string>(maxLength: 30, nullable: true),
                actif = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_dossiers_role_contact", x => x.code));
        migrationBuilder.InsertData(
            table: "dossiers_role_contact",
            schema: Schema,
            columns: ["code", "libelle", "categorie_fiche", "actif"],
            columnTypes: migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true
                ? ["character varying(20)", "character varying(100)", "character varying(30)", "boolean"]
                : ["TEXT", "TEXT", "TEXT", "INTEGER"],
            values: new object[,]
            {
                { "prescripteur", "Prescripteur", "prescripteur", true },
                { "employeur", "Employeur", "employeur", true },
                { "tuteur", "Tuteur", "tuteur-curateur", true },
                { "gestionnaire", "Gestionnaire", "gestionnaire", true },
                { "donneur-ordre", "Donneur d'ordre", "donneur-ordre", true },
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "dossiers_role_contact", schema: Schema);
}
