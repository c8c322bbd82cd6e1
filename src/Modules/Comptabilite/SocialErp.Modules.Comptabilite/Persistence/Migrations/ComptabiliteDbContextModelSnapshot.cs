using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SocialErp.BuildingBlocks.Messaging;

namespace SocialErp.Modules.Comptabilite.Persistence.Migrations;

/// <summary>Hand-written: the model as the migrations leave it (EF Design is not available here).</summary>
[DbContext(typeof(ComptabiliteDbContext))]
internal sealed partial class ComptabiliteDbContextModelSnapshot : ModelSnapshot
{
    private const string Domain = "SocialErp.Modules.Comptabilite.Domain.";

    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(ComptabiliteDbContext.Schema);
        GrandsLivres(modelBuilder);
        Periodes(modelBuilder);
        Projections(modelBuilder);
        Dette(modelBuilder);
        Prestations(modelBuilder);
        Factures(modelBuilder);
        Encaissements(modelBuilder);
        MessagingModelSnapshot.Build(modelBuilder, ComptabiliteDbContext.Schema);
    }

    private static void GrandsLivres(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Domain + "Compte", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<string>("Numero").IsRequired().HasMaxLength(20).HasColumnName("numero");
            b.Property<string>("Libelle").IsRequired().HasMaxLength(200).HasColumnName("libelle");
            b.Property<string>("Classe").IsRequired().HasMaxLength(30).HasColumnName("classe");
            b.Property<string>("Genre").IsRequired().HasMaxLength(30).HasColumnName("genre");
            b.Property<string>("TypeCharge").HasMaxLength(30).HasColumnName("type_charge");
            b.Property<string>("CategorieDette").HasMaxLength(30).HasColumnName("categorie_dette");
            b.Property<bool>("Actif").HasColumnName("actif");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("Numero").IsUnique();
            b.ToTable("comptabilite_compte", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "Ecriture", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<DateOnly>("Date").HasColumnName("date");
            b.Property<int>("Annee").HasColumnName("annee");
            b.Property<int>("Mois").HasColumnName("mois");
            b.Property<string>("Libelle").IsRequired().HasMaxLength(300).HasColumnName("libelle");
            b.Property<Guid?>("PieceId").HasColumnName("piece_id");
            b.Property<Guid?>("ExtourneDe").HasColumnName("extourne_de");
            b.Property<decimal>("Total").HasPrecision(18, 2).HasColumnName("total");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<Guid?>("CreePar").HasColumnName("cree_par");
            b.HasKey("Id");
            b.HasIndex("Annee", "Mois");
            b.HasIndex("ExtourneDe").IsUnique();
            b.ToTable("comptabilite_ecriture", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "LigneEcriture", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("EcritureId").HasColumnName("ecriture_id");
            b.Property<int>("Ordre").HasColumnName("ordre");
            b.Property<Guid>("CompteId").HasColumnName("compte_id");
            b.Property<string>("Genre").IsRequired().HasMaxLength(30).HasColumnName("genre");
            b.Property<DateOnly>("Date").HasColumnName("date");
            b.Property<decimal>("Debit").HasPrecision(18, 2).HasColumnName("debit");
            b.Property<decimal>("Credit").HasPrecision(18, 2).HasColumnName("credit");
            b.Property<Guid?>("FicheId").HasColumnName("fiche_id");
            b.Property<Guid?>("UniteAllocationId").HasColumnName("unite_allocation_id");
            b.Property<Guid?>("DossierId").HasColumnName("dossier_id");
            b.Property<int?>("CommuneDomicile").HasColumnName("commune_domicile");
            b.Property<string>("Prestation").HasMaxLength(30).HasColumnName("prestation");
            b.Property<string>("TypeCharge").HasMaxLength(30).HasColumnName("type_charge");
            b.Property<string>("TypePayeur").HasMaxLength(30).HasColumnName("type_payeur");
            b.Property<string>("Libelle").HasMaxLength(300).HasColumnName("libelle");
            b.HasKey("Id");
            b.HasIndex("EcritureId");
            b.HasIndex("CompteId");
            b.HasIndex("FicheId", "Date");
            b.HasIndex("UniteAllocationId", "Date");
            b.HasIndex("Date");
            b.HasOne(Domain + "Ecriture", null).WithMany("Lignes").HasForeignKey("EcritureId").OnDelete(DeleteBehavior.Restrict).IsRequired()
                .HasConstraintName("FK_comptabilite_ligne_ecriture_ecriture_id");
            b.HasOne(Domain + "Compte", "Compte").WithMany().HasForeignKey("CompteId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.ToTable("comptabilite_ligne_ecriture", ComptabiliteDbContext.Schema);
        });
    }

    private static void Periodes(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Domain + "PeriodeComptable", b =>
        {
            b.Property<int>("Annee").HasColumnName("annee");
            b.Property<int>("Mois").HasColumnName("mois");
            b.Property<bool>("Cloturee").HasColumnName("cloturee");
            b.Property<DateTime?>("ClotureeLe").HasColumnName("cloturee_le");
            b.Property<Guid?>("ClotureePar").HasColumnName("cloturee_par");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Annee", "Mois");
            b.ToTable("comptabilite_periode_comptable", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "TracePeriode", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<int>("Annee").HasColumnName("annee");
            b.Property<int>("Mois").HasColumnName("mois");
            b.Property<string>("Action").IsRequired().HasMaxLength(30).HasColumnName("action");
            b.Property<DateTime>("Le").HasColumnName("le");
            b.Property<Guid?>("Par").HasColumnName("par");
            b.Property<string>("Motif").HasMaxLength(500).HasColumnName("motif");
            b.HasKey("Id");
            b.HasIndex("Annee", "Mois");
            b.ToTable("comptabilite_trace_periode", ComptabiliteDbContext.Schema);
        });
    }

    private static void Projections(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Domain + "MembreUniteAllocation", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<string>("Role").IsRequired().HasMaxLength(30).HasColumnName("role");
            b.Property<DateOnly>("Du").HasColumnName("du");
            b.Property<DateOnly?>("Au").HasColumnName("au");
            b.HasKey("Id");
            b.HasIndex("DossierId");
            b.HasIndex("FicheId", "Du");
            b.ToTable("comptabilite_membre_unite_allocation", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "UniteAllocationProjetee", b =>
        {
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<long>("VersionSource").HasColumnName("version_source");
            b.Property<DateTime>("MiseAJourLe").HasColumnName("mise_a_jour_le");
            b.HasKey("DossierId");
            b.ToTable("comptabilite_unite_allocation_projetee", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "Repointage", b =>
        {
            b.Property<Guid>("AbsorbeeId").HasColumnName("absorbee_id");
            b.Property<Guid>("ConserveeId").HasColumnName("conservee_id");
            b.Property<DateTime>("Le").HasColumnName("le");
            b.Property<Guid>("SourceMessageId").HasColumnName("source_message_id");
            b.HasKey("AbsorbeeId");
            b.HasIndex("ConserveeId");
            b.ToTable("comptabilite_repointage", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity("SocialErp.Modules.Comptabilite.Idempotence.RequeteIdempotente", b =>
        {
            b.Property<string>("Cle").HasMaxLength(200).HasColumnName("cle");
            b.Property<string>("Empreinte").IsRequired().HasMaxLength(64).HasColumnName("empreinte");
            b.Property<int>("Statut").HasColumnName("statut");
            b.Property<string>("Location").HasMaxLength(200).HasColumnName("location");
            b.Property<string>("Corps").IsRequired().HasColumnName("corps");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.HasKey("Cle");
            b.ToTable("comptabilite_requete_idempotente", ComptabiliteDbContext.Schema);
        });
    }

    private static void Dette(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Domain + "RemiseDette", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("EcritureId").HasColumnName("ecriture_id");
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<string>("Categorie").IsRequired().HasMaxLength(30).HasColumnName("categorie");
            b.Property<decimal>("Montant").HasPrecision(18, 2).HasColumnName("montant");
            b.Property<string>("Motif").IsRequired().HasMaxLength(500).HasColumnName("motif");
            b.Property<string>("Decision").HasMaxLength(200).HasColumnName("decision");
            b.Property<Guid?>("AutoriseePar").HasColumnName("autorisee_par");
            b.Property<DateTime>("Le").HasColumnName("le");
            b.HasKey("Id");
            b.HasIndex("EcritureId");
            b.HasIndex("FicheId");
            b.HasOne(Domain + "Ecriture", null).WithMany().HasForeignKey("EcritureId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.ToTable("comptabilite_remise_dette", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "ConventionRemboursement", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<string>("Categorie").IsRequired().HasMaxLength(30).HasColumnName("categorie");
            b.Property<decimal>("MontantMensuel").HasPrecision(18, 2).HasColumnName("montant_mensuel");
            b.Property<DateOnly>("Du").HasColumnName("du");
            b.Property<DateOnly?>("Au").HasColumnName("au");
            b.Property<string>("Remarque").HasMaxLength(500).HasColumnName("remarque");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<Guid?>("CreePar").HasColumnName("cree_par");
            b.HasKey("Id");
            b.HasIndex("FicheId");
            b.ToTable("comptabilite_convention_remboursement", ComptabiliteDbContext.Schema);
        });
    }
}
