using Microsoft.EntityFrameworkCore;

namespace SocialErp.Modules.Comptabilite.Persistence.Migrations;

/// <summary>The invoicing and incoming-payment part of the snapshot (migration 20261122171000_Facturation).</summary>
internal sealed partial class ComptabiliteDbContextModelSnapshot
{
    private const string Facturation = "SocialErp.Modules.Comptabilite.Domain.Facturation.";

    private static void Prestations(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Facturation + "Tarif", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<string>("Code").IsRequired().HasMaxLength(30).HasColumnName("code");
            b.Property<string>("Libelle").IsRequired().HasMaxLength(200).HasColumnName("libelle");
            b.Property<string>("TypePrestation").IsRequired().HasMaxLength(30).HasColumnName("type_prestation");
            b.Property<string>("Unite").IsRequired().HasMaxLength(30).HasColumnName("unite");
            b.Property<decimal>("Prix").HasPrecision(18, 2).HasColumnName("prix");
            b.Property<DateOnly>("ValideDu").HasColumnName("valide_du");
            b.Property<DateOnly?>("ValideAu").HasColumnName("valide_au");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.HasKey("Id");
            b.HasIndex("Code", "ValideDu").IsUnique();
            b.ToTable("comptabilite_tarif", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Facturation + "PrestationValorisee", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("IntervenantId").HasColumnName("intervenant_id");
            b.Property<DateOnly>("Date").HasColumnName("date");
            b.Property<int?>("DureeMinutes").HasColumnName("duree_minutes");
            b.Property<decimal>("Quantite").HasPrecision(18, 4).HasColumnName("quantite");
            b.Property<string>("TypePrestation").IsRequired().HasMaxLength(30).HasColumnName("type_prestation");
            b.Property<Guid>("TarifId").HasColumnName("tarif_id");
            b.Property<decimal>("PrixUnitaire").HasPrecision(18, 2).HasColumnName("prix_unitaire");
            b.Property<decimal>("Montant").HasPrecision(18, 2).HasColumnName("montant");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<Guid?>("FicheId").HasColumnName("fiche_id");
            b.Property<string>("Libelle").IsRequired().HasMaxLength(300).HasColumnName("libelle");
            b.Property<bool>("Refacturable").HasColumnName("refacturable");
            b.Property<Guid>("EcritureId").HasColumnName("ecriture_id");
            b.Property<Guid?>("FactureId").HasColumnName("facture_id");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<Guid?>("CreePar").HasColumnName("cree_par");
            b.HasKey("Id");
            b.HasIndex("DossierId", "Date");
            b.HasIndex("FactureId");
            b.HasIndex("TarifId");
            b.HasIndex("EcritureId");
            b.HasOne(Facturation + "Tarif", null).WithMany().HasForeignKey("TarifId").OnDelete(DeleteBehavior.Restrict).IsRequired()
                .HasConstraintName("FK_comptabilite_prestation_valorisee_tarif_id");
            b.HasOne(Domain + "Ecriture", null).WithMany().HasForeignKey("EcritureId").OnDelete(DeleteBehavior.Restrict).IsRequired()
                .HasConstraintName("FK_comptabilite_prestation_valorisee_ecriture_id");
            b.ToTable("comptabilite_prestation_valorisee", ComptabiliteDbContext.Schema);
        });
    }

    private static void Factures(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Facturation + "CompteurFacture", b =>
        {
            b.Property<int>("Annee").HasColumnName("annee");
            b.Property<int>("Dernier").HasColumnName("dernier");
            b.HasKey("Annee");
            b.ToTable("comptabilite_compteur_facture", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Facturation + "ConventionFacturation", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DebiteurId").HasColumnName("debiteur_id");
            b.Property<string>("TypeDebiteur").IsRequired().HasMaxLength(30).HasColumnName("type_debiteur");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<string>("Periodicite").IsRequired().HasMaxLength(30).HasColumnName("periodicite");
            b.Property<string>("Libelle").IsRequired().HasMaxLength(200).HasColumnName("libelle");
            b.Property<DateOnly>("Du").HasColumnName("du");
            b.Property<DateOnly?>("Au").HasColumnName("au");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.HasKey("Id");
            b.HasIndex("Periodicite");
            b.ToTable("comptabilite_convention_facturation", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Facturation + "FactureDebiteur", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<string>("Numero").IsRequired().HasMaxLength(20).HasColumnName("numero");
            b.Property<int>("Annee").HasColumnName("annee");
            b.Property<int>("Sequence").HasColumnName("sequence");
            b.Property<Guid>("DebiteurId").HasColumnName("debiteur_id");
            b.Property<string>("TypeDebiteur").IsRequired().HasMaxLength(30).HasColumnName("type_debiteur");
            b.Property<string>("NomDebiteur").IsRequired().HasMaxLength(200).HasColumnName("nom_debiteur");
            b.Property<string>("CompteDebiteur").IsRequired().HasMaxLength(20).HasColumnName("compte_debiteur");
            b.Property<DateOnly>("Date").HasColumnName("date");
            b.Property<DateOnly>("Echeance").HasColumnName("echeance");
            b.Property<decimal>("Montant").HasPrecision(18, 2).HasColumnName("montant");
            b.Property<decimal>("MontantPaye").HasPrecision(18, 2).HasColumnName("montant_paye");
            b.Property<decimal>("MontantCredite").HasPrecision(18, 2).HasColumnName("montant_credite");
            b.Property<string>("TypeReference").IsRequired().HasMaxLength(4).HasColumnName("type_reference");
            b.Property<string>("Reference").IsRequired().HasMaxLength(27).HasColumnName("reference");
            b.Property<string>("Message").HasMaxLength(140).HasColumnName("message");
            b.Property<string>("Statut").IsRequired().HasMaxLength(30).HasColumnName("statut");
            b.Property<Guid?>("AvoirDe").HasColumnName("avoir_de");
            b.Property<Guid?>("ConventionId").HasColumnName("convention_id");
            b.Property<string>("Periode").HasMaxLength(30).HasColumnName("periode");
            b.Property<Guid>("EcritureId").HasColumnName("ecriture_id");
            b.Property<DateTime>("CreeLe").HasColumnName("cree_le");
            b.Property<Guid?>("CreePar").HasColumnName("cree_par");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("Numero").IsUnique();
            b.HasIndex("Annee", "Sequence").IsUnique();
            b.HasIndex("Reference").IsUnique();
            b.HasIndex("DebiteurId", "Date");
            b.HasIndex("ConventionId", "Periode").IsUnique();
            b.HasIndex("EcritureId");
            b.HasOne(Domain + "Ecriture", null).WithMany().HasForeignKey("EcritureId").OnDelete(DeleteBehavior.Restrict).IsRequired()
                .HasConstraintName("FK_comptabilite_facture_debiteur_ecriture_id");
            b.ToTable("comptabilite_facture_debiteur", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Facturation + "LigneFacture", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("FactureId").HasColumnName("facture_id");
            b.Property<int>("Ordre").HasColumnName("ordre");
            b.Property<string>("Libelle").IsRequired().HasMaxLength(300).HasColumnName("libelle");
            b.Property<decimal>("Quantite").HasPrecision(18, 4).HasColumnName("quantite");
            b.Property<decimal>("PrixUnitaire").HasPrecision(18, 2).HasColumnName("prix_unitaire");
            b.Property<decimal>("Montant").HasPrecision(18, 2).HasColumnName("montant");
            b.Property<string>("CompteRevenu").IsRequired().HasMaxLength(20).HasColumnName("compte_revenu");
            b.Property<Guid?>("FicheId").HasColumnName("fiche_id");
            b.Property<Guid?>("DossierId").HasColumnName("dossier_id");
            b.Property<int?>("CommuneDomicile").HasColumnName("commune_domicile");
            b.Property<string>("Prestation").HasMaxLength(30).HasColumnName("prestation");
            b.Property<Guid?>("PrestationValoriseeId").HasColumnName("prestation_valorisee_id");
            b.Property<Guid?>("PosteBudgetId").HasColumnName("poste_budget_id");
            b.HasKey("Id");
            b.HasIndex("FactureId");
            b.HasIndex("PrestationValoriseeId").IsUnique();
            b.HasOne(Facturation + "FactureDebiteur", null).WithMany("Lignes").HasForeignKey("FactureId").OnDelete(DeleteBehavior.Cascade).IsRequired()
                .HasConstraintName("FK_comptabilite_ligne_facture_facture_id");
            b.ToTable("comptabilite_ligne_facture", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Facturation + "RappelFacture", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("FactureId").HasColumnName("facture_id");
            b.Property<int>("Niveau").HasColumnName("niveau");
            b.Property<DateOnly>("Date").HasColumnName("date");
            b.Property<DateOnly>("Delai").HasColumnName("delai");
            b.Property<Guid?>("Par").HasColumnName("par");
            b.HasKey("Id");
            b.HasIndex("FactureId", "Niveau").IsUnique();
            b.HasOne(Facturation + "FactureDebiteur", null).WithMany("Rappels").HasForeignKey("FactureId").OnDelete(DeleteBehavior.Cascade).IsRequired()
                .HasConstraintName("FK_comptabilite_rappel_facture_facture_id");
            b.ToTable("comptabilite_rappel_facture", ComptabiliteDbContext.Schema);
        });
    }

    private static void Encaissements(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Facturation + "ImportCamt", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<string>("Version").IsRequired().HasMaxLength(30).HasColumnName("version");
            b.Property<string>("IdentifiantMessage").IsRequired().HasMaxLength(35).HasColumnName("identifiant_message");
            b.Property<int>("Credits").HasColumnName("credits");
            b.Property<int>("DejaImportes").HasColumnName("deja_importes");
            b.Property<int>("ParReference").HasColumnName("par_reference");
            b.Property<int>("ParMontantNom").HasColumnName("par_montant_nom");
            b.Property<int>("EnAttente").HasColumnName("en_attente");
            b.Property<int>("EcrituresIgnorees").HasColumnName("ecritures_ignorees");
            b.Property<decimal>("Total").HasPrecision(18, 2).HasColumnName("total");
            b.Property<DateTime>("Le").HasColumnName("le");
            b.Property<Guid?>("Par").HasColumnName("par");
            b.HasKey("Id");
            b.ToTable("comptabilite_import_camt", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Facturation + "Encaissement", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("ImportId").HasColumnName("import_id");
            b.Property<string>("CleIdempotence").IsRequired().HasMaxLength(32).HasColumnName("cle_idempotence");
            b.Property<DateOnly>("Date").HasColumnName("date");
            b.Property<decimal>("Montant").HasPrecision(18, 2).HasColumnName("montant");
            b.Property<string>("Monnaie").IsRequired().HasMaxLength(3).HasColumnName("monnaie");
            b.Property<string>("TypeReference").IsRequired().HasMaxLength(4).HasColumnName("type_reference");
            b.Property<string>("Reference").HasMaxLength(35).HasColumnName("reference");
            b.Property<string>("NomDebiteur").HasMaxLength(140).HasColumnName("nom_debiteur");
            b.Property<string>("ReferenceBanque").HasMaxLength(35).HasColumnName("reference_banque");
            b.Property<string>("Communication").HasMaxLength(140).HasColumnName("communication");
            b.Property<string>("Rapprochement").HasMaxLength(30).HasColumnName("rapprochement");
            b.Property<decimal>("MontantAffecte").HasPrecision(18, 2).HasColumnName("montant_affecte");
            b.Property<bool>("AAffecter").HasColumnName("a_affecter");
            b.Property<Guid>("EcritureId").HasColumnName("ecriture_id");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("CleIdempotence").IsUnique();
            b.HasIndex("ImportId");
            b.HasIndex("AAffecter");
            b.HasIndex("EcritureId");
            b.HasOne(Facturation + "ImportCamt", null).WithMany().HasForeignKey("ImportId").OnDelete(DeleteBehavior.Restrict).IsRequired()
                .HasConstraintName("FK_comptabilite_encaissement_import_id");
            b.HasOne(Domain + "Ecriture", null).WithMany().HasForeignKey("EcritureId").OnDelete(DeleteBehavior.Restrict).IsRequired()
                .HasConstraintName("FK_comptabilite_encaissement_ecriture_id");
            b.ToTable("comptabilite_encaissement", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Facturation + "AffectationEncaissement", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("EncaissementId").HasColumnName("encaissement_id");
            b.Property<Guid>("FactureId").HasColumnName("facture_id");
            b.Property<decimal>("Montant").HasPrecision(18, 2).HasColumnName("montant");
            b.Property<string>("Rapprochement").IsRequired().HasMaxLength(30).HasColumnName("rapprochement");
            b.Property<Guid?>("EcritureId").HasColumnName("ecriture_id");
            b.Property<DateTime>("Le").HasColumnName("le");
            b.Property<Guid?>("Par").HasColumnName("par");
            b.HasKey("Id");
            b.HasIndex("EncaissementId");
            b.HasIndex("FactureId");
            b.HasOne(Facturation + "Encaissement", null).WithMany("Affectations").HasForeignKey("EncaissementId").OnDelete(DeleteBehavior.Cascade).IsRequired()
                .HasConstraintName("FK_comptabilite_affectation_encaissement_encaissement_id");
            b.HasOne(Facturation + "FactureDebiteur", null).WithMany().HasForeignKey("FactureId").OnDelete(DeleteBehavior.Restrict).IsRequired()
                .HasConstraintName("FK_comptabilite_affectation_encaissement_facture_id");
            b.ToTable("comptabilite_affectation_encaissement", ComptabiliteDbContext.Schema);
        });
    }
}
