using Microsoft.EntityFrameworkCore;

namespace SocialErp.Modules.Dossiers.Persistence.Migrations;

/// <summary>The memos' nature and follow-up (migration 20261126100000_MemosRelances).</summary>
internal sealed partial class DossiersDbContextModelSnapshot
{
    private static void MemosRelances(ModelBuilder modelBuilder) =>
        modelBuilder.Entity(Domaine + "Memo", b =>
        {
            b.Property<string>("Nature").IsRequired().HasMaxLength(20).HasColumnName("nature");
            b.Property<DateOnly?>("RelanceLe").HasColumnName("relance_le");
            b.Property<Guid?>("RelanceResponsableId").HasColumnName("relance_responsable_id");
        });
}
