using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SocialErp.BuildingBlocks.Messaging;

namespace SocialErp.Modules.Fiches.Persistence.Migrations;

[DbContext(typeof(FichesDbContext))]
[Migration("20261122120000_Initial")]
internal sealed class Initial : Migration
{
    private const string Schema = FichesDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(Schema);
        migrationBuilder.CreateTable(
            name: "fiches_fiche",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                type = table.Column<string>(maxLength: 20, nullable: false),
                nom = table.Column<string>(maxLength: 200, nullable: false),
                prenom = table.Column<string>(maxLength: 200, nullable: true),
                date_naissance = table.Column<DateOnly>(nullable: true),
                numero_avs = table.Column<string>(maxLength: 13, nullable: true),
                email = table.Column<string>(maxLength: 254, nullable: true),
                service_id = table.Column<Guid>(nullable: true),
                cree_le = table.Column<DateTime>(nullable: false),
                cree_par = table.Column<Guid>(nullable: true),
                archivee = table.Column<bool>(nullable: false),
                texte_recherche = table.Column<string>(maxLength: 656, nullable: false),
                version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_fiches_fiche", x => x.id));
        migrationBuilder.CreateIndex("IX_fiches_fiche_numero_avs", "fiches_fiche", "numero_avs", Schema);
        migrationBuilder.CreateIndex("IX_fiches_fiche_service_id_nom", "fiches_fiche", ["service_id", "nom"], Schema);
        migrationBuilder.CreateIndex("IX_fiches_fiche_texte_recherche", "fiches_fiche", "texte_recherche", Schema);
        migrationBuilder.CreateMessagingTables(Schema);
    }
}
