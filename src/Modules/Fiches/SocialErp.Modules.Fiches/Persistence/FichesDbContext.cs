using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Persistence;

internal sealed class FichesDbContext(DbContextOptions<FichesDbContext> options)
    : ModuleDbContext(options)
{
    public const string Schema = "fiches";

    public override string ModuleName => Schema;

    public DbSet<Fiche> Fiches => Set<Fiche>();

    public DbSet<RelationFiche> Relations => Set<RelationFiche>();

    public DbSet<ForcageDoublon> ForcagesDoublon => Set<ForcageDoublon>();

    public DbSet<FusionFiches> Fusions => Set<FusionFiches>();

    public DbSet<FicheTerme> Termes => Set<FicheTerme>();

    public DbSet<FicheCategorie> Categories => Set<FicheCategorie>();

    public DbSet<AccesDossier> AccesDossiers => Set<AccesDossier>();

    public DbSet<AccesFiche> AccesFiches => Set<AccesFiche>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new FicheConfiguration());
        modelBuilder.ApplyConfiguration(new FicheDoublonsConfiguration());
        modelBuilder.ApplyConfiguration(new RelationFicheConfiguration());
        modelBuilder.ApplyConfiguration(new ForcageDoublonConfiguration());
        modelBuilder.ApplyConfiguration(new FusionFichesConfiguration());
        modelBuilder.ApplyConfiguration(new FicheCategorieConfiguration());
        modelBuilder.ApplyConfiguration(new FicheTermeConfiguration());
        modelBuilder.ApplyConfiguration(new FicheContactConfiguration());
        modelBuilder.ApplyConfiguration(new PreferenceNotificationConfiguration());
        modelBuilder.ApplyConfiguration(new AdresseConfiguration());
        modelBuilder.ApplyConfiguration<AccesDossier>(new AccesDossierConfiguration());
        modelBuilder.ApplyConfiguration<AccesFiche>(new AccesDossierConfiguration());
    }
}
