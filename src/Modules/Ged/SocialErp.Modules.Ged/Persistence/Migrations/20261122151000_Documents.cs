using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace SocialErp.Modules.Ged.Persistence.Migrations;

/// <summary>
/// Documents, their targets and versions, templates, and the searchable text with the provider's full-text index
/// (raw SQL: SQLite FTS5 external-content table kept in step by triggers; PostgreSQL GIN on tsvector 'french').
/// </summary>
[DbContext(typeof(GedDbContext))]
[Migration("20261122151000_Documents")]
internal sealed class Documents : Migration
{
    private const string Schema = GedDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ged_document",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                titre = table.Column<string>(maxLength: 200, nullable: false),
                type = table.Column<string>(maxLength: 50, nullable: false),
                date = table.Column<DateOnly>(nullable: false),
                direction = table.Column<string>(maxLength: 20, nullable: false),
                confidentialite = table.Column<string>(maxLength: 20, nullable: false),
                description = table.Column<string>(maxLength: 2000, nullable: true),
                service_id = table.Column<Guid>(nullable: true),
                cree_le = table.Column<DateTime>(nullable: false),
                cree_par = table.Column<Guid>(nullable: true),
                modele_id = table.Column<Guid>(nullable: true),
                source_message_id = table.Column<Guid>(nullable: true),
                champs_manquants = table.Column<string>(maxLength: 2000, nullable: true),
                supprime_le = table.Column<DateTime>(nullable: true),
                supprime_par = table.Column<Guid>(nullable: true),
                motif_suppression = table.Column<string>(maxLength: 500, nullable: true),
                conserve_jusqu_au = table.Column<DateTime>(nullable: true),
                purge_le = table.Column<DateTime>(nullable: true),
                version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ged_document", x => x.id));
        migrationBuilder.CreateIndex("IX_ged_document_type_date", "ged_document", ["type", "date"], Schema);
        migrationBuilder.CreateIndex("IX_ged_document_source_message_id", "ged_document", "source_message_id", Schema);
        migrationBuilder.CreateIndex("IX_ged_document_conserve_jusqu_au", "ged_document", "conserve_jusqu_au", Schema);

        migrationBuilder.CreateTable(
            name: "ged_document_cible",
            schema: Schema,
            columns: table => new
            {
                document_id = table.Column<Guid>(nullable: false),
                cible_type = table.Column<string>(maxLength: 30, nullable: false),
                cible_id = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ged_document_cible", x => new { x.document_id, x.cible_type, x.cible_id });
                table.ForeignKey(
                    "FK_ged_document_cible_ged_document_document_id", x => x.document_id,
                    principalSchema: Schema, principalTable: "ged_document", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ged_document_cible_cible_type_cible_id", "ged_document_cible", ["cible_type", "cible_id"], Schema);

        migrationBuilder.CreateTable(
            name: "ged_version_document",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                document_id = table.Column<Guid>(nullable: false),
                numero = table.Column<int>(nullable: false),
                nom_fichier = table.Column<string>(maxLength: 150, nullable: false),
                type_contenu = table.Column<string>(maxLength: 120, nullable: false),
                taille = table.Column<long>(nullable: false),
                sha256 = table.Column<string>(maxLength: 64, nullable: false),
                commentaire = table.Column<string>(maxLength: 500, nullable: true),
                depose_le = table.Column<DateTime>(nullable: false),
                depose_par = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ged_version_document", x => x.id);
                table.ForeignKey(
                    "FK_ged_version_document_ged_document_document_id", x => x.document_id,
                    principalSchema: Schema, principalTable: "ged_document", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ged_version_document_document_id_numero", "ged_version_document", ["document_id", "numero"], Schema, unique: true);
        migrationBuilder.CreateIndex("IX_ged_version_document_sha256", "ged_version_document", "sha256", Schema);

        migrationBuilder.CreateTable(
            name: "ged_texte_document",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                document_id = table.Column<Guid>(nullable: false),
                texte = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ged_texte_document", x => x.id);
                table.ForeignKey(
                    "FK_ged_texte_document_ged_document_document_id", x => x.document_id,
                    principalSchema: Schema, principalTable: "ged_document", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ged_texte_document_document_id", "ged_texte_document", "document_id", Schema, unique: true);

        migrationBuilder.CreateTable(
            name: "ged_modele",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                code = table.Column<string>(maxLength: 50, nullable: false),
                nom = table.Column<string>(maxLength: 200, nullable: false),
                type_document = table.Column<string>(maxLength: 50, nullable: false),
                nom_fichier = table.Column<string>(maxLength: 150, nullable: false),
                taille = table.Column<long>(nullable: false),
                sha256 = table.Column<string>(maxLength: 64, nullable: false),
                champs = table.Column<string>(maxLength: 2000, nullable: false),
                cree_le = table.Column<DateTime>(nullable: false),
                modifie_le = table.Column<DateTime>(nullable: false),
                modifie_par = table.Column<Guid>(nullable: true),
                version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ged_modele", x => x.id));
        migrationBuilder.CreateIndex("IX_ged_modele_code", "ged_modele", "code", Schema, unique: true);

        if (ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            migrationBuilder.Sql("CREATE INDEX ix_ged_texte_document_plein_texte ON ged.ged_texte_document USING gin (to_tsvector('french', texte));");
        }
        else
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE ged_texte_document_fts USING fts5(
                    texte, content='ged_texte_document', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
                CREATE TRIGGER ged_texte_document_fts_ai AFTER INSERT ON ged_texte_document BEGIN
                    INSERT INTO ged_texte_document_fts(rowid, texte) VALUES (new.id, new.texte);
                END;
                CREATE TRIGGER ged_texte_document_fts_ad AFTER DELETE ON ged_texte_document BEGIN
                    INSERT INTO ged_texte_document_fts(ged_texte_document_fts, rowid, texte) VALUES ('delete', old.id, old.texte);
                END;
                CREATE TRIGGER ged_texte_document_fts_au AFTER UPDATE ON ged_texte_document BEGIN
                    INSERT INTO ged_texte_document_fts(ged_texte_document_fts, rowid, texte) VALUES ('delete', old.id, old.texte);
                    INSERT INTO ged_texte_document_fts(rowid, texte) VALUES (new.id, new.texte);
                END;
                """);
        }
    }
}
