using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using SocialErp.BuildingBlocks.Messaging;

namespace SocialErp.Modules.Ged.Persistence.Migrations;

/// <summary>Hand-written: the model as the migrations leave it (EF Design is not available here).</summary>
[DbContext(typeof(GedDbContext))]
internal sealed class GedDbContextModelSnapshot : ModelSnapshot
{
    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(GedDbContext.Schema);
        Documents(modelBuilder);
        CiblesRepointees(modelBuilder);
        MessagingModelSnapshot.Build(modelBuilder, GedDbContext.Schema);
    }

    /// <summary>Migration 20261122151000_Documents.</summary>
    private static void Documents(ModelBuilder modelBuilder)
    {
        const string document = "SocialErp.Modules.Ged.Domain.Document";
        modelBuilder.Entity(document, b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<string>("Titre").IsRequired().HasMaxLength(200).HasColumnName("titre");
            b.Property<string>("Type").IsRequired().HasMaxLength(50).HasColumnName("type");
            b.Property<DateOnly>("Date").HasColumnName("date");
            b.Property<string>("Direction").IsRequired().HasMaxLength(20).HasColumnName("direction");
            b.Property<string>("Confidentialite").IsRequired().HasMaxLength(20).HasColumnName("confidentialite");
            b.Property<string>("Description").HasMaxLength(2000).HasColumnName("description");
            b.Property<Guid?>("ServiceId").HasColumnName("service_id");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<Guid?>("CreePar").HasColumnName("cree_par");
            b.Property<Guid?>("ModeleId").HasColumnName("modele_id");
            b.Property<Guid?>("SourceMessageId").HasColumnName("source_message_id");
            b.Property<string>("ChampsManquants").HasMaxLength(2000).HasColumnName("champs_manquants");
            b.Property<DateTime?>("SupprimeLe").HasColumnName("supprime_le");
            b.Property<Guid?>("SupprimePar").HasColumnName("supprime_par");
            b.Property<string>("MotifSuppression").HasMaxLength(500).HasColumnName("motif_suppression");
            b.Property<DateTime?>("ConserveJusquAu").HasColumnName("conserve_jusqu_au");
            b.Property<DateTime?>("PurgeLe").HasColumnName("purge_le");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("Type", "Date");
            b.HasIndex("SourceMessageId");
            b.HasIndex("ConserveJusquAu");
            b.ToTable("ged_document", GedDbContext.Schema);
        });
        modelBuilder.Entity("SocialErp.Modules.Ged.Domain.DocumentCible", b =>
        {
            b.Property<Guid>("DocumentId").HasColumnName("document_id");
            b.Property<string>("CibleType").HasMaxLength(30).HasColumnName("cible_type");
            b.Property<Guid>("CibleId").HasColumnName("cible_id");
            b.HasKey("DocumentId", "CibleType", "CibleId");
            b.HasIndex("CibleType", "CibleId");
            b.ToTable("ged_document_cible", GedDbContext.Schema);
            b.HasOne(document, null).WithMany("Cibles").HasForeignKey("DocumentId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        });
        modelBuilder.Entity("SocialErp.Modules.Ged.Domain.VersionDocument", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DocumentId").HasColumnName("document_id");
            b.Property<int>("Numero").HasColumnName("numero");
            b.Property<string>("NomFichier").IsRequired().HasMaxLength(150).HasColumnName("nom_fichier");
            b.Property<string>("TypeContenu").IsRequired().HasMaxLength(120).HasColumnName("type_contenu");
            b.Property<long>("Taille").HasColumnName("taille");
            b.Property<string>("Sha256").IsRequired().HasMaxLength(64).HasColumnName("sha256");
            b.Property<string>("Commentaire").HasMaxLength(500).HasColumnName("commentaire");
            b.Property<DateTime>("DeposeLe").HasColumnName("depose_le");
            b.Property<Guid?>("DeposePar").HasColumnName("depose_par");
            b.HasKey("Id");
            b.HasIndex("DocumentId", "Numero").IsUnique();
            b.HasIndex("Sha256");
            b.ToTable("ged_version_document", GedDbContext.Schema);
            b.HasOne(document, null).WithMany("Versions").HasForeignKey("DocumentId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        });
        modelBuilder.Entity("SocialErp.Modules.Ged.Domain.TexteDocument", b =>
        {
            b.Property<long>("Id")
                .ValueGeneratedOnAdd()
                .HasColumnName("id")
                .HasAnnotation("Sqlite:Autoincrement", true)
                .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<Guid>("DocumentId").HasColumnName("document_id");
            b.Property<string>("Texte").IsRequired().HasColumnName("texte");
            b.HasKey("Id");
            b.HasIndex("DocumentId").IsUnique();
            b.ToTable("ged_texte_document", GedDbContext.Schema);
            b.HasOne(document, null).WithOne().HasForeignKey("SocialErp.Modules.Ged.Domain.TexteDocument", "DocumentId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        });
        modelBuilder.Entity("SocialErp.Modules.Ged.Domain.Modele", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<string>("Code").IsRequired().HasMaxLength(50).HasColumnName("code");
            b.Property<string>("Nom").IsRequired().HasMaxLength(200).HasColumnName("nom");
            b.Property<string>("TypeDocument").IsRequired().HasMaxLength(50).HasColumnName("type_document");
            b.Property<string>("NomFichier").IsRequired().HasMaxLength(150).HasColumnName("nom_fichier");
            b.Property<long>("Taille").HasColumnName("taille");
            b.Property<string>("Sha256").IsRequired().HasMaxLength(64).HasColumnName("sha256");
            b.Property<string>("Champs").IsRequired().HasMaxLength(2000).HasColumnName("champs");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<DateTime>("ModifieLe").HasColumnName("modifie_le");
            b.Property<Guid?>("ModifiePar").HasColumnName("modifie_par");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("Code").IsUnique();
            b.ToTable("ged_modele", GedDbContext.Schema);
        });
    }

    /// <summary>Migration 20261123220000_CiblesRepointeesParFusion.</summary>
    private static void CiblesRepointees(ModelBuilder modelBuilder) =>
        modelBuilder.Entity("SocialErp.Modules.Ged.Domain.CibleRepointee", b =>
        {
            b.Property<Guid>("FusionId").HasColumnName("fusion_id");
            b.Property<Guid>("DocumentId").HasColumnName("document_id");
            b.Property<bool>("Retiree").HasColumnName("retiree");
            b.HasKey("FusionId", "DocumentId");
            b.ToTable("ged_cible_repointee", GedDbContext.Schema);
        });
}
