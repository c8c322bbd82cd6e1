using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SocialErp.BuildingBlocks.Messaging;

namespace SocialErp.Modules.Journal.Persistence.Migrations;

/// <summary>Hand-written: the model as the migrations leave it (EF Design is not available here).</summary>
[DbContext(typeof(JournalDbContext))]
internal sealed class JournalDbContextModelSnapshot : ModelSnapshot
{
    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(JournalDbContext.Schema);
        modelBuilder.Entity("SocialErp.Modules.Journal.Domain.Mutation", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("MessageId").HasColumnName("message_id");
            b.Property<string>("Module").IsRequired().HasMaxLength(50).HasColumnName("module");
            b.Property<string>("Entite").IsRequired().HasMaxLength(100).HasColumnName("entite");
            b.Property<string>("EntiteId").IsRequired().HasMaxLength(200).HasColumnName("entite_id");
            b.Property<string>("Operation").IsRequired().HasMaxLength(20).HasColumnName("operation");
            b.Property<Guid?>("UtilisateurId").HasColumnName("utilisateur_id");
            b.Property<string>("UtilisateurEmail").HasMaxLength(254).HasColumnName("utilisateur_email");
            b.Property<DateTime>("Instant").HasColumnName("instant");
            b.Property<string>("Changements").IsRequired().HasColumnName("changements");
            b.HasKey("Id");
            b.HasIndex("MessageId").IsUnique();
            b.HasIndex("Module", "Entite", "EntiteId", "Instant");
            b.HasIndex("Instant");
            b.ToTable("journal_mutation", JournalDbContext.Schema);
        });
        modelBuilder.Entity("SocialErp.Modules.Journal.Domain.EntreeJournal", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<string>("CibleType").IsRequired().HasMaxLength(30).HasColumnName("cible_type");
            b.Property<Guid>("CibleId").HasColumnName("cible_id");
            b.Property<string>("Type").IsRequired().HasMaxLength(50).HasColumnName("type");
            b.Property<DateTime>("Date").HasColumnName("date");
            b.Property<string>("Texte").IsRequired().HasMaxLength(8000).HasColumnName("texte");
            b.Property<Guid?>("AuteurId").HasColumnName("auteur_id");
            b.Property<bool>("Automatique").HasColumnName("automatique");
            b.Property<Guid?>("SourceMessageId").HasColumnName("source_message_id");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("CibleType", "CibleId", "Date");
            b.HasIndex("SourceMessageId").IsUnique();
            b.ToTable("journal_entree_journal", JournalDbContext.Schema);
        });
        MessagingModelSnapshot.Build(modelBuilder, JournalDbContext.Schema);
    }
}
