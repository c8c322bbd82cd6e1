using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Fiches.Persistence.Migrations;

/// <summary>Relations between fiches, forced duplicates, merge tombstones and the duplicate-detection indexes.</summary>
[DbContext(typeof(FichesDbContext))]
[Migration("20261122140000_RelationsFusions")]
internal sealed class RelationsFusions : Migration
{
    private const string Schema = FichesDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>(name: "fusionnee_dans", table: "fiches_fiche", schema: Schema, nullable: true);
        migrationBuilder.CreateIndex("IX_fiches_fiche_date_naissance", "fiches_fiche", "date_naissance", Schema);
        migrationBuilder.CreateIndex("IX_fiches_fiche_email", "fiches_fiche", "email", Schema);

        migrationBuilder.CreateTable(
            name: "fiches_relation_fiche",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                fiche_id = table.Column<Guid>(nullable: false),
                fiche_liee_id = table.Column<Guid>(nullable: false),
                type = table.Column<string>(maxLength: 20, nullable: false),
                du = table.Column<DateOnly>(nullable: true),
                au = table.Column<DateOnly>(nullable: true),
                cree_le = table.Column<DateTime>(nullable: false),
                cree_par = table.Column<Guid>(nullable: true),
                version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_fiches_relation_fiche", x => x.id);
                table.ForeignKey(
                    "FK_fiches_relation_fiche_fiches_fiche_fiche_id", x => x.fiche_id,
                    principalSchema: Schema, principalTable: "fiches_fiche", principalColumn: "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    "FK_fiches_relation_fiche_fiches_fiche_fiche_liee_id", x => x.fiche_liee_id,
                    principalSchema: Schema, principalTable: "fiches_fiche", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_fiches_relation_fiche_fiche_id_type", "fiches_relation_fiche", ["fiche_id", "type"], Schema);
        migrationBuilder.CreateIndex("IX_fiches_relation_fiche_fiche_liee_id", "fiches_relation_fiche", "fiche_liee_id", Schema);

        migrationBuilder.CreateTable(
            name: "fiches_forcage_doublon",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                fiche_id = table.Column<Guid>(nullable: false),
                fiche_existante_id = table.Column<Guid>(nullable: false),
                motif = table.Column<string>(maxLength: 500, nullable: false),
                force_le = table.Column<DateTime>(nullable: false),
                force_par = table.Column<Guid>(nullable: true),
                version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_fiches_forcage_doublon", x => x.id);
                table.ForeignKey(
                    "FK_fiches_forcage_doublon_fiches_fiche_fiche_id", x => x.fiche_id,
                    principalSchema: Schema, principalTable: "fiches_fiche", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_fiches_forcage_doublon_fiche_id", "fiches_forcage_doublon", "fiche_id", Schema);
    }
}
