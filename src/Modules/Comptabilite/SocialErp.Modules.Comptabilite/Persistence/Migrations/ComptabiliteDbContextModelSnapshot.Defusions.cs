using Microsoft.EntityFrameworkCore;

namespace SocialErp.Modules.Comptabilite.Persistence.Migrations;

/// <summary>What undoing a fiche merge needs (migration 20261123210000_Defusions).</summary>
internal sealed partial class ComptabiliteDbContextModelSnapshot
{
    private static void Defusions(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity(Domain + "Repointage", b => b.Property<Guid?>("FusionId").HasColumnName("fusion_id"));
        modelBuilder.Entity(Domain + "RepointageDeplace", b =>
        {
            b.Property<Guid>("FusionId").HasColumnName("fusion_id");
            b.Property<Guid>("AbsorbeeId").HasColumnName("absorbee_id");
            b.HasKey("FusionId", "AbsorbeeId");
            b.ToTable("comptabilite_repointage_deplace", ComptabiliteDbContext.Schema);
        });
        modelBuilder.Entity(Domain + "PeriodeUniteAllocationRecue", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("DossierId").HasColumnName("dossier_id");
            b.Property<Guid>("FicheId").HasColumnName("fiche_id");
            b.Property<string>("Role").IsRequired().HasMaxLength(30).HasColumnName("role");
            b.Property<DateOnly>("Du").HasColumnName("du");
            b.Property<DateOnly?>("Au").HasColumnName("au");
            b.HasKey("Id");
            b.HasIndex("DossierId");
            b.HasIndex("FicheId");
            b.ToTable("comptabilite_periode_unite_allocation_recue", ComptabiliteDbContext.Schema);
        });
    }
}
