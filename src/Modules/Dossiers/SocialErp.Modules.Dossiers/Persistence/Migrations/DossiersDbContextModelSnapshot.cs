using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.BuildingBlocks.Messaging;

namespace SocialErp.Modules.Dossiers.Persistence.Migrations;

/// <summary>Hand-written: the model as the migrations leave it (EF Design is not available here).</summary>
[DbContext(typeof(DossiersDbContext))]
internal sealed class DossiersDbContextModelSnapshot : ModelSnapshot
{
    private const string Schema = DossiersDbContext.Schema;
    private const string Domaine = "SocialErp.Modules.Dossiers.Domain.";
    private const string Dossier = Domaine + "Dossier";

    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        DossiersCore(modelBuilder);
        MessagingModelSnapshot.Build(modelBuilder, Schema);
    }

    private static void DossiersCore(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Dossier, b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<string>("Numero").IsRequired().HasMaxLength(30).HasColumnName("numero");
            b.Property<string>("Nom").IsRequired().HasMaxLength(200).HasColumnName("nom");
            b.Property<string>("Description").HasMaxLength(2000).HasColumnName("description");
            b.Property<string>("Prestation").IsRequired().HasMaxLength(30).HasColumnName("prestation");
            b.Property<int?>("CommuneDomicile").HasColumnName("commune_domicile");
            b.Property<Guid?>("ServiceId").HasColumnName("service_id");
            b.Property<string>("Statut").IsRequired().HasMaxLength(20).HasColumnName("statut");
            b.Property<DateOnly>("DateOuverture").HasColumnName("date_ouverture");
            b.Property<DateOnly?>("DateCloture").HasColumnName("date_cloture");
            b.Property<string>("MotifCloture").HasMaxLength(500).HasColumnName("motif_cloture");
            b.Property<DateOnly?>("DateEntree").HasColumnName("date_entree");
            b.Property<DateOnly?>("DateFinPrevue").HasColumnName("date_fin_prevue");
            b.Property<DateOnly?>("DateSortieReelle").HasColumnName("date_sortie_reelle");
            b.Property<bool>("FacturationBloquee").HasColumnName("facturation_bloquee");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<Guid?>("CreePar").HasColumnName("cree_par");
            b.Property<DateTime?>("ModifieLe").HasColumnName("modifie_le");
            b.Property<string>("TexteRecherche").IsRequired().HasMaxLength(231).HasColumnName("texte_recherche");
            b.Property<long>("VersionUniteAllocation").HasColumnName("version_unite_allocation");
            b.Property<long>("VersionAcces").HasColumnName("version_acces");
            b.Property<long>("DernierOrdreEvenement").HasColumnName("dernier_ordre_evenement");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("Numero").IsUnique();
            b.HasIndex("ServiceId", "Statut");
            b.HasIndex("Prestation");
            b.HasIndex("TexteRecherche");
            b.ToTable("dossiers_dossier", Schema);
        });
        modelBuilder.Entity(Domaine + "Membre", b =>
        {
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<string>("Role").IsRequired().HasMaxLength(20).HasColumnName("role");
            b.Property<DateTime>("AjouteLe").HasColumnName("ajoute_le");
            b.HasKey("DossierId", "FicheId");
            b.HasIndex("FicheId");
            b.ToTable("dossiers_membre", Schema);
            ParDossier(b);
        });
        modelBuilder.Entity(Domaine + "PeriodeUa", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<string>("Role").IsRequired().HasMaxLength(20).HasColumnName("role");
            b.Property<DateOnly>("Du").HasColumnName("du");
            b.Property<DateOnly?>("Au").HasColumnName("au");
            b.HasKey("Id");
            b.HasIndex("DossierId");
            b.HasIndex("FicheId");
            b.ToTable("dossiers_periode_ua", Schema);
            ParDossier(b);
        });
        modelBuilder.Entity(Domaine + "Referent", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<Guid>("UtilisateurId").HasColumnName("utilisateur_id");
            b.Property<Guid?>("FicheIntervenantId").HasColumnName("fiche_intervenant_id");
            b.Property<DateOnly>("Du").HasColumnName("du");
            b.Property<DateOnly?>("Au").HasColumnName("au");
            b.Property<bool>("Principal").HasColumnName("principal");
            b.HasKey("Id");
            b.HasIndex("DossierId");
            b.HasIndex("UtilisateurId");
            b.ToTable("dossiers_referent", Schema);
            ParDossier(b);
        });
        modelBuilder.Entity(Domaine + "Partage", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<Guid?>("UtilisateurId").HasColumnName("utilisateur_id");
            b.Property<Guid?>("ServiceId").HasColumnName("service_id");
            b.Property<DateOnly>("Du").HasColumnName("du");
            b.Property<DateOnly?>("Au").HasColumnName("au");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<Guid?>("CreePar").HasColumnName("cree_par");
            b.HasKey("Id");
            b.HasIndex("DossierId");
            b.HasIndex("UtilisateurId");
            b.HasIndex("ServiceId");
            b.ToTable("dossiers_partage", Schema);
            ParDossier(b);
        });
        modelBuilder.Entity(Domaine + "ChangementStatut", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<string>("AncienStatut").HasMaxLength(20).HasColumnName("ancien_statut");
            b.Property<string>("NouveauStatut").IsRequired().HasMaxLength(20).HasColumnName("nouveau_statut");
            b.Property<DateOnly>("Date").HasColumnName("date");
            b.Property<string>("Motif").HasMaxLength(500).HasColumnName("motif");
            b.Property<DateTime>("EnregistreLe").HasColumnName("enregistre_le");
            b.Property<Guid?>("Auteur").HasColumnName("auteur");
            b.HasKey("Id");
            b.HasIndex("DossierId");
            b.ToTable("dossiers_changement_statut", Schema);
            ParDossier(b);
        });
        modelBuilder.Entity(Domaine + "CompteurNumero", b =>
        {
            b.Property<int>("Annee").HasColumnName("annee");
            b.Property<int>("Dernier").IsConcurrencyToken().HasColumnName("dernier");
            b.HasKey("Annee");
            b.ToTable("dossiers_compteur_numero", Schema);
        });
        modelBuilder.Entity(Domaine + "DernierPaiement", b =>
        {
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<DateOnly>("Date").HasColumnName("date");
            b.HasKey("DossierId");
            b.ToTable("dossiers_dernier_paiement", Schema);
        });
        modelBuilder.Entity(Domaine + "Prestation", b =>
        {
            b.Property<string>("Code").HasMaxLength(30).HasColumnName("code");
            b.Property<string>("Libelle").IsRequired().HasMaxLength(100).HasColumnName("libelle");
            b.Property<bool>("Active").HasColumnName("active");
            b.HasKey("Code");
            b.ToTable("dossiers_prestation", Schema);
        });
    }

    private static void ParDossier(EntityTypeBuilder b) =>
        b.HasOne(Dossier, null).WithMany().HasForeignKey("DossierId").OnDelete(DeleteBehavior.Cascade).IsRequired();
}
