using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Persistence;

internal sealed class FichesDbContext(DbContextOptions<FichesDbContext> options, ModuleDbContextDependencies dependencies)
    : ModuleDbContext(options, dependencies)
{
    public const string Schema = "fiches";

    public override string ModuleName => Schema;

    public DbSet<Fiche> Fiches => Set<Fiche>();

    public DbSet<FicheTerme> Termes => Set<FicheTerme>();

    public DbSet<FicheCategorie> Categories => Set<FicheCategorie>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new FicheConfiguration());
        modelBuilder.ApplyConfiguration(new FicheCategorieConfiguration());
        modelBuilder.ApplyConfiguration(new FicheTermeConfiguration());
        modelBuilder.ApplyConfiguration(new FicheContactConfiguration());
        modelBuilder.ApplyConfiguration(new PreferenceNotificationConfiguration());
        modelBuilder.ApplyConfiguration(new AdresseConfiguration());
    }
}
