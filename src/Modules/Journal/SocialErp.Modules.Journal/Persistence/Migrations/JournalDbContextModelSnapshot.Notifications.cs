using Microsoft.EntityFrameworkCore;

namespace SocialErp.Modules.Journal.Persistence.Migrations;

/// <summary>The notification outbox and the copy of sessions (migration 20261127000000_Notifications).</summary>
internal sealed partial class JournalDbContextModelSnapshot
{
    private static void Notifications(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Domain + "Notification", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<Guid?>("ConcerneFicheId").HasColumnName("concerne_fiche_id");
            b.Property<Guid?>("DossierId").HasColumnName("dossier_id");
            b.Property<Guid?>("SeanceId").HasColumnName("seance_id");
            b.Property<string>("Type").IsRequired().HasMaxLength(30).HasColumnName("type");
            b.Property<string>("Canal").HasMaxLength(10).HasColumnName("canal");
            b.Property<string>("Adresse").HasMaxLength(254).HasColumnName("adresse");
            b.Property<string>("Sujet").IsRequired().HasMaxLength(200).HasColumnName("sujet");
            b.Property<string>("Corps").IsRequired().HasMaxLength(2000).HasColumnName("corps");
            b.Property<string>("Etat").IsRequired().HasMaxLength(20).HasColumnName("etat");
            b.Property<int>("Tentatives").HasColumnName("tentatives");
            b.Property<string>("DerniereErreur").HasMaxLength(1000).HasColumnName("derniere_erreur");
            b.Property<DateTime?>("ProchaineTentative").HasColumnName("prochaine_tentative");
            b.Property<DateTime>("CreeeLe").HasColumnName("creee_le");
            b.Property<DateTime?>("EnvoyeeLe").HasColumnName("envoyee_le");
            b.Property<string>("CleSource").IsRequired().HasMaxLength(300).HasColumnName("cle_source");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("CleSource").IsUnique();
            b.HasIndex("Etat", "ProchaineTentative");
            b.HasIndex("DossierId", "CreeeLe");
            b.HasIndex("FicheId", "CreeeLe");
            b.ToTable("journal_notification", JournalDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "SeanceSuivie", b =>
        {
            b.Property<Guid>("SeanceId").HasColumnName("seance_id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<DateTime>("Debut").HasColumnName("debut");
            b.Property<DateTime>("Fin").HasColumnName("fin");
            b.Property<string>("Etat").IsRequired().HasMaxLength(20).HasColumnName("etat");
            b.Property<DateTime>("PublieeLe").HasColumnName("publiee_le");
            b.HasKey("SeanceId");
            b.HasIndex("Etat", "Debut");
            b.ToTable("journal_seance_suivie", JournalDbContext.Schema);
        });
    }
}
