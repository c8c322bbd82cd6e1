using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SocialErp.BuildingBlocks.Messaging;

namespace SocialErp.Modules.Fiches.Persistence.Migrations;

/// <summary>Hand-written: the model as the migrations leave it (EF Design is not available here).</summary>
[DbContext(typeof(FichesDbContext))]
internal sealed class FichesDbContextModelSnapshot : ModelSnapshot
{
    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(FichesDbContext.Schema);
        modelBuilder.Entity("SocialErp.Modules.Fiches.Domain.Fiche", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<string>("Type").IsRequired().HasMaxLength(20).HasColumnName("type");
            b.Property<string>("Nom").IsRequired().HasMaxLength(200).HasColumnName("nom");
            b.Property<string>("Prenom").HasMaxLength(200).HasColumnName("prenom");
            b.Property<DateOnly?>("DateNaissance").HasColumnName("date_naissance");
            b.Property<string>("NumeroAvs").HasMaxLength(13).HasColumnName("numero_avs");
            b.Property<string>("Email").HasMaxLength(254).HasColumnName("email");
            b.Property<Guid?>("ServiceId").HasColumnName("service_id");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<Guid?>("CreePar").HasColumnName("cree_par");
            b.Property<bool>("Archivee").HasColumnName("archivee");
            b.Property<string>("TexteRecherche").IsRequired().HasMaxLength(656).HasColumnName("texte_recherche");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("NumeroAvs");
            b.HasIndex("ServiceId", "Nom");
            b.HasIndex("TexteRecherche");
            b.ToTable("fiches_fiche", FichesDbContext.Schema);
        });
        RelationsFusions(modelBuilder);
        MessagingModelSnapshot.Build(modelBuilder, FichesDbContext.Schema);
    }

    /// <summary>Migration 20261122140000_RelationsFusions: relations, forced duplicates, merge tombstones, duplicate indexes.</summary>
    private static void RelationsFusions(ModelBuilder modelBuilder)
    {
        const string fiche = "SocialErp.Modules.Fiches.Domain.Fiche";
        modelBuilder.Entity(fiche, b =>
        {
            b.Property<Guid?>("FusionneeDans").HasColumnName("fusionnee_dans");
            b.HasIndex("DateNaissance");
            b.HasIndex("Email");
        });
        modelBuilder.Entity("SocialErp.Modules.Fiches.Domain.RelationFiche", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<Guid>("FicheLieeId").HasColumnName("fiche_liee_id");
            b.Property<string>("Type").IsRequired().HasMaxLength(20).HasColumnName("type");
            b.Property<DateOnly?>("Du").HasColumnName("du");
            b.Property<DateOnly?>("Au").HasColumnName("au");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<Guid?>("CreePar").HasColumnName("cree_par");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("FicheId", "Type");
            b.HasIndex("FicheLieeId");
            b.ToTable("fiches_relation_fiche", FichesDbContext.Schema);
            b.HasOne(fiche, null).WithMany().HasForeignKey("FicheId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne(fiche, null).WithMany().HasForeignKey("FicheLieeId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });
        modelBuilder.Entity("SocialErp.Modules.Fiches.Domain.ForcageDoublon", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<Guid>("FicheExistanteId").HasColumnName("fiche_existante_id");
            b.Property<string>("Motif").IsRequired().HasMaxLength(500).HasColumnName("motif");
            b.Property<DateTime>("ForceLe").HasColumnName("force_le");
            b.Property<Guid?>("ForcePar").HasColumnName("force_par");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("FicheId");
            b.ToTable("fiches_forcage_doublon", FichesDbContext.Schema);
            b.HasOne(fiche, null).WithMany().HasForeignKey("FicheId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });
    }
}
