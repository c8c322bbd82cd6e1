using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Persistence;

namespace SocialErp.BuildingBlocks.Tests.Persistence;

public sealed class PaniersDbContext(DbContextOptions<PaniersDbContext> options)
    : ModuleDbContext(options)
{
    public override string ModuleName => "paniers";

    public DbSet<Panier> Paniers => Set<Panier>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Panier>().HasMany(p => p.Lignes).WithOne().HasForeignKey(l => l.PanierId);

        // Client-generated keys: a part added to the collection is new, not an existing row to update.
        modelBuilder.Entity<LignePanier>().Property(l => l.Id).ValueGeneratedNever();
    }
}
