using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Dossiers.Persistence.Migrations;

/// <summary>Dossiers' memory of each merge of fiches (what it moved, as JSON), so that an un-merge moves exactly that back.</summary>
[DbContext(typeof(DossiersDbContext))]
[Migration("20261123210000_FusionsRetenues")]
internal sealed class FusionsRetenues : Migration
{
    private const string Schema = DossiersDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "dossiers_fusion_fiches",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                conservee_id = table.Column<Guid>(nullable: false),
                absorbee_id = table.Column<Guid>(nullable: false),
                recue_le = table.Column<DateTime>(nullable: false),
                annulee_le = table.Column<DateTime>(nullable: true),
                dossiers = table.Column<string>(nullable: false),
                suivi = table.Column<string>(nullable: false),
                version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_dossiers_fusion_fiches", x => x.id));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "dossiers_fusion_fiches", schema: Schema);
}
