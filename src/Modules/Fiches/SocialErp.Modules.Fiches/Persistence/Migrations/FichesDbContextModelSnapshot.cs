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
            b.Property<string>("AutresNoms").HasMaxLength(200).HasColumnName("autres_noms");
            b.Property<string>("Sexe").HasMaxLength(30).HasColumnName("sexe");
            b.Property<string>("EtatCivil").HasMaxLength(30).HasColumnName("etat_civil");
            b.Property<string>("Nationalite").HasMaxLength(2).HasColumnName("nationalite");
            b.Property<string>("Langue").HasMaxLength(2).HasColumnName("langue");
            b.Property<string>("PermisSejour").HasMaxLength(30).HasColumnName("permis_sejour");
            b.Property<int?>("CommuneResidence").HasColumnName("commune_residence");
            b.Property<string>("NumeroIde").HasMaxLength(12).HasColumnName("numero_ide");
            b.Property<string>("FormeJuridique").HasMaxLength(100).HasColumnName("forme_juridique");
            b.Property<DateTime?>("ModifieeLe").HasColumnName("modifiee_le");
            b.Property<DateTime?>("ArchiveeLe").HasColumnName("archivee_le");
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
            b.HasIndex("Nom", "Prenom", "Id");
            b.HasIndex("TexteRecherche");
            b.HasIndex("CommuneResidence");
            b.HasIndex("Id", "Archivee", "ServiceId");
            b.ToTable("fiches_fiche", FichesDbContext.Schema);
        });
        modelBuilder.Entity("SocialErp.Modules.Fiches.Domain.FicheCategorie", b =>
        {
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<string>("Categorie").HasMaxLength(30).HasColumnName("categorie");
            b.HasKey("FicheId", "Categorie");
            b.HasIndex("Categorie");
            b.ToTable("fiches_fiche_categorie", FichesDbContext.Schema);
        });
        modelBuilder.Entity("SocialErp.Modules.Fiches.Domain.FicheTerme", b =>
        {
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<string>("Terme").HasMaxLength(254).HasColumnName("terme");
            b.Property<string>("Tri").IsRequired().HasMaxLength(100).HasColumnName("tri");
            b.Property<string>("Precedent").HasMaxLength(254).HasColumnName("precedent");
            b.HasKey("FicheId", "Terme");
            b.HasIndex("Terme", "Tri", "FicheId", "Precedent");
            b.ToTable("fiches_fiche_terme", FichesDbContext.Schema);
        });
        modelBuilder.Entity("SocialErp.Modules.Fiches.Domain.FicheContact", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<string>("Type").IsRequired().HasMaxLength(20).HasColumnName("type");
            b.Property<string>("Valeur").IsRequired().HasMaxLength(254).HasColumnName("valeur");
            b.Property<string>("Libelle").HasMaxLength(100).HasColumnName("libelle");
            b.Property<bool>("Principal").HasColumnName("principal");
            b.HasKey("Id");
            b.HasIndex("FicheId");
            b.ToTable("fiches_fiche_contact", FichesDbContext.Schema);
        });
        modelBuilder.Entity("SocialErp.Modules.Fiches.Domain.PreferenceNotification", b =>
        {
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<string>("TypeMessage").HasMaxLength(20).HasColumnName("type_message");
            b.Property<string>("Canal").IsRequired().HasMaxLength(20).HasColumnName("canal");
            b.HasKey("FicheId", "TypeMessage");
            b.ToTable("fiches_preference_notification", FichesDbContext.Schema);
        });
        modelBuilder.Entity("SocialErp.Modules.Fiches.Domain.Adresse", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<string>("Type").IsRequired().HasMaxLength(20).HasColumnName("type");
            b.Property<string>("Rue").HasMaxLength(150).HasColumnName("rue");
            b.Property<string>("Numero").HasMaxLength(20).HasColumnName("numero");
            b.Property<string>("Complement").HasMaxLength(150).HasColumnName("complement");
            b.Property<string>("CasePostale").HasMaxLength(30).HasColumnName("case_postale");
            b.Property<string>("Npa").IsRequired().HasMaxLength(10).HasColumnName("npa");
            b.Property<string>("Localite").IsRequired().HasMaxLength(100).HasColumnName("localite");
            b.Property<string>("Pays").IsRequired().HasMaxLength(2).HasColumnName("pays");
            b.Property<int?>("CommuneBfs").HasColumnName("commune_bfs");
            b.Property<DateOnly>("ValideDu").HasColumnName("valide_du");
            b.Property<DateOnly?>("ValideAu").HasColumnName("valide_au");
            b.HasKey("Id");
            b.HasIndex("FicheId");
            b.ToTable("fiches_adresse", FichesDbContext.Schema);
        });
        foreach (var enfant in new[] { "FicheCategorie", "FicheTerme", "FicheContact", "PreferenceNotification", "Adresse" })
        {
            modelBuilder.Entity("SocialErp.Modules.Fiches.Domain." + enfant, b =>
                b.HasOne("SocialErp.Modules.Fiches.Domain.Fiche", null)
                    .WithMany()
                    .HasForeignKey("FicheId")
                    .OnDelete(DeleteBehavior.Cascade)
                    .IsRequired());
        }

        RelationsFusions(modelBuilder);
        AccesDossiers(modelBuilder);
        MessagingModelSnapshot.Build(modelBuilder, FichesDbContext.Schema);
    }

    /// <summary>Migration 20261122153100_AccesDossiers: the projection of fiches visible through dossiers.</summary>
    private static void AccesDossiers(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity("SocialErp.Modules.Fiches.Domain.AccesDossier", b =>
        {
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<long>("Version").HasColumnName("version");
            b.HasKey("DossierId");
            b.ToTable("fiches_acces_dossier", FichesDbContext.Schema);
        });
        modelBuilder.Entity("SocialErp.Modules.Fiches.Domain.AccesFiche", b =>
        {
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<Guid>("AyantDroitId").HasColumnName("ayant_droit_id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<bool>("Referent").HasColumnName("referent");
            b.HasKey("FicheId", "AyantDroitId", "DossierId");
            b.HasIndex("DossierId");
            b.ToTable("fiches_acces_fiche", FichesDbContext.Schema);
            b.HasOne("SocialErp.Modules.Fiches.Domain.Fiche", null)
                .WithMany()
                .HasForeignKey("FicheId")
                .OnDelete(DeleteBehavior.Cascade)
                .IsRequired();
        });
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

        modelBuilder.Entity("SocialErp.Modules.Fiches.Domain.FusionFiches", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("ConserveeId").HasColumnName("conservee_id");
            b.Property<Guid>("AbsorbeeId").HasColumnName("absorbee_id");
            b.Property<DateTime>("FusionneeLe").HasColumnName("fusionnee_le");
            b.Property<Guid?>("FusionneePar").HasColumnName("fusionnee_par");
            b.Property<long>("VersionConservee").HasColumnName("version_conservee");
            b.Property<long>("VersionAbsorbee").HasColumnName("version_absorbee");
            b.Property<string>("TraceJson").IsRequired().HasColumnName("trace_json");
            b.Property<DateTime?>("AnnuleeLe").HasColumnName("annulee_le");
            b.Property<Guid?>("AnnuleePar").HasColumnName("annulee_par");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("AbsorbeeId");
            b.HasIndex("ConserveeId");
            b.ToTable("fiches_fusion_fiches", FichesDbContext.Schema);
            b.HasOne(fiche, null).WithMany().HasForeignKey("ConserveeId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne(fiche, null).WithMany().HasForeignKey("AbsorbeeId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });
    }
}
