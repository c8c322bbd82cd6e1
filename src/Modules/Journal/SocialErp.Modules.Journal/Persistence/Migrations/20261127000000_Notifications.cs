using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Journal.Persistence.Migrations;

/// <summary>
/// The notification outbox (<c>journal_notification</c>, one row per message, unique by its source key) and the
/// Journal's copy of sessions for the day-before reminders (<c>journal_seance_suivie</c>).
/// </summary>
[DbContext(typeof(JournalDbContext))]
[Migration("20261127000000_Notifications")]
internal sealed class Notifications : Migration
{
    private const string Schema = JournalDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "journal_notification",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(nullable: false),
                fiche_id = t.Column<Guid>(nullable: false),
                concerne_fiche_id = t.Column<Guid>(nullable: true),
                dossier_id = t.Column<Guid>(nullable: true),
                seance_id = t.Column<Guid>(nullable: true),
                type = t.Column<string>(maxLength: 30, nullable: false),
                canal = t.Column<string>(maxLength: 10, nullable: true),
                adresse = t.Column<string>(maxLength: 254, nullable: true),
                sujet = t.Column<string>(maxLength: 200, nullable: false),
                corps = t.Column<string>(maxLength: 2000, nullable: false),
                etat = t.Column<string>(maxLength: 20, nullable: false),
                tentatives = t.Column<int>(nullable: false),
                derniere_erreur = t.Column<string>(maxLength: 1000, nullable: true),
                prochaine_tentative = t.Column<DateTime>(nullable: true),
                creee_le = t.Column<DateTime>(nullable: false),
                envoyee_le = t.Column<DateTime>(nullable: true),
                cle_source = t.Column<string>(maxLength: 300, nullable: false),
                version = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_journal_notification", x => x.id));
        migrationBuilder.CreateIndex("IX_journal_notification_cle_source", "journal_notification", "cle_source", Schema, unique: true);
        migrationBuilder.CreateIndex("IX_journal_notification_etat_prochaine_tentative", "journal_notification", ["etat", "prochaine_tentative"], Schema);
        migrationBuilder.CreateIndex("IX_journal_notification_dossier_id_creee_le", "journal_notification", ["dossier_id", "creee_le"], Schema);
        migrationBuilder.CreateIndex("IX_journal_notification_fiche_id_creee_le", "journal_notification", ["fiche_id", "creee_le"], Schema);

        migrationBuilder.CreateTable(
            name: "journal_seance_suivie",
            schema: Schema,
            columns: t => new
            {
                seance_id = t.Column<Guid>(nullable: false),
                dossier_id = t.Column<Guid>(nullable: false),
                debut = t.Column<DateTime>(nullable: false),
                fin = t.Column<DateTime>(nullable: false),
                etat = t.Column<string>(maxLength: 20, nullable: false),
                publiee_le = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_journal_seance_suivie", x => x.seance_id));
        migrationBuilder.CreateIndex("IX_journal_seance_suivie_etat_debut", "journal_seance_suivie", ["etat", "debut"], Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("journal_seance_suivie", Schema);
        migrationBuilder.DropTable("journal_notification", Schema);
    }
}
