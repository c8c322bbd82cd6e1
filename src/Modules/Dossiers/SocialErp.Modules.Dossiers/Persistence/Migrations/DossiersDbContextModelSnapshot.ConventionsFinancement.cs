using Microsoft.EntityFrameworkCore;

namespace SocialErp.Modules.Dossiers.Persistence.Migrations;

/// <summary>The funding-convention catalogue and the funding's convention id (migration 20261127000000_ConventionsFinancement).</summary>
internal sealed partial class DossiersDbContextModelSnapshot
{
    private static void ConventionsFinancement(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Domaine + "ConventionFinancement", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<string>("Reference").IsRequired().HasMaxLength(100).HasColumnName("reference");
            b.Property<string>("Libelle").IsRequired().HasMaxLength(200).HasColumnName("libelle");
            b.Property<Guid>("FinanceurId").HasColumnName("financeur_id");
            b.Property<string>("TypeFinanceur").IsRequired().HasMaxLength(20).HasColumnName("type_financeur");
            b.Property<DateOnly>("Du").HasColumnName("du");
            b.Property<DateOnly?>("Au").HasColumnName("au");
            b.Property<decimal?>("HeuresFinancees").HasPrecision(18, 2).HasColumnName("heures_financees");
            b.Property<string>("ModeMontant").HasMaxLength(20).HasColumnName("mode_montant");
            b.Property<decimal?>("Montant").HasPrecision(18, 2).HasColumnName("montant");
            b.Property<string>("Prestations").IsRequired().HasColumnName("prestations");
            b.Property<bool>("Actif").HasColumnName("actif");
            b.Property<string>("Remarques").HasMaxLength(2000).HasColumnName("remarques");
            b.Property<DateTime>("ModifieLe").HasColumnName("modifie_le");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.HasIndex("Reference").IsUnique();
            b.HasIndex("FinanceurId");
            b.ToTable("dossiers_convention_financement", Schema);
        });
        modelBuilder.Entity(Domaine + "Financement", b =>
        {
            b.Property<Guid?>("ConventionId").HasColumnName("convention_id");
            b.HasIndex("ConventionId");
        });
    }
}
