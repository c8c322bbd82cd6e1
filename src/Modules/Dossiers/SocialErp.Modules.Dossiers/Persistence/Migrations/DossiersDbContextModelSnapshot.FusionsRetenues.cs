using Microsoft.EntityFrameworkCore;

namespace SocialErp.Modules.Dossiers.Persistence.Migrations;

/// <summary>The merges' memory part of the snapshot (migration 20261123210000_FusionsRetenues).</summary>
internal sealed partial class DossiersDbContextModelSnapshot
{
    private static void FusionsRetenues(ModelBuilder modelBuilder) =>
        modelBuilder.Entity(Domaine + "FusionFiches", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<Guid>("ConserveeId").HasColumnName("conservee_id");
            b.Property<Guid>("AbsorbeeId").HasColumnName("absorbee_id");
            b.Property<DateTime>("RecueLe").HasColumnName("recue_le");
            b.Property<DateTime?>("AnnuleeLe").HasColumnName("annulee_le");
            b.Property<string>("Dossiers").IsRequired().HasColumnName("dossiers");
            b.Property<string>("Suivi").IsRequired().HasColumnName("suivi");
            b.Property<long>("Version").IsConcurrencyToken().HasColumnName("version");
            b.HasKey("Id");
            b.ToTable("dossiers_fusion_fiches", Schema);
        });
}
