using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Ged.Domain;

namespace SocialErp.Modules.Ged.Persistence;

internal sealed class GedDbContext(DbContextOptions<GedDbContext> options)
    : ModuleDbContext(options)
{
    public const string Schema = "ged";

    public override string ModuleName => Schema;

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<DocumentCible> Cibles => Set<DocumentCible>();

    public DbSet<CibleRepointee> CiblesRepointees => Set<CibleRepointee>();

    public DbSet<VersionDocument> Versions => Set<VersionDocument>();

    public DbSet<TexteDocument> Textes => Set<TexteDocument>();

    public DbSet<Modele> Modeles => Set<Modele>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new DocumentConfiguration());
        modelBuilder.ApplyConfiguration(new DocumentCibleConfiguration());
        modelBuilder.ApplyConfiguration(new CibleRepointeeConfiguration());
        modelBuilder.ApplyConfiguration(new VersionDocumentConfiguration());
        modelBuilder.ApplyConfiguration(new TexteDocumentConfiguration());
        modelBuilder.ApplyConfiguration(new ModeleConfiguration());
    }
}
