using Microsoft.EntityFrameworkCore;

namespace SocialErp.Modules.Comptabilite.Persistence.Migrations;

/// <summary>The stored monthly balances part of the snapshot (migrations 20261122202000_SoldesMensuels, 20261123110000_SoldesMensuelsCouvrants).</summary>
internal sealed partial class ComptabiliteDbContextModelSnapshot
{
    private static void SoldesMensuels(ModelBuilder modelBuilder) =>
        modelBuilder.Entity(Domain + "SoldeMensuel", b =>
        {
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<Guid>("UniteAllocationId").HasColumnName("unite_allocation_id");
            b.Property<Guid>("CompteId").HasColumnName("compte_id");
            b.Property<string>("Genre").IsRequired().HasMaxLength(30).HasColumnName("genre");
            b.Property<string>("TypeCharge").IsRequired().HasMaxLength(30).HasColumnName("type_charge");
            b.Property<int>("Annee").HasColumnName("annee");
            b.Property<int>("Mois").HasColumnName("mois");
            b.Property<long>("DebitCentimes").HasColumnName("debit_centimes");
            b.Property<long>("CreditCentimes").HasColumnName("credit_centimes");
            b.Property<int>("NombreLignes").HasColumnName("nombre_lignes");
            b.HasKey("FicheId", "UniteAllocationId", "CompteId", "Genre", "TypeCharge", "Annee", "Mois");
            b.HasIndex("FicheId", "Annee", "Mois", "UniteAllocationId", "CompteId", "Genre", "TypeCharge", "DebitCentimes", "CreditCentimes")
                .HasDatabaseName("IX_comptabilite_solde_mensuel_fiche_couvrant");
            b.HasIndex("UniteAllocationId", "Annee", "Mois", "FicheId", "CompteId", "Genre", "TypeCharge", "DebitCentimes", "CreditCentimes")
                .HasDatabaseName("IX_comptabilite_solde_mensuel_unite_couvrant");
            b.ToTable("comptabilite_solde_mensuel", ComptabiliteDbContext.Schema);
        });
}
