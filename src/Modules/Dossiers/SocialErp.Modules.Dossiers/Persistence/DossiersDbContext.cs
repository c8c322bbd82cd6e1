using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Persistence;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class DossiersDbContext(DbContextOptions<DossiersDbContext> options, ModuleDbContextDependencies dependencies)
    : ModuleDbContext(options, dependencies)
{
    public const string Schema = "dossiers";

    public override string ModuleName => Schema;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // The module's entities arrive with its issue; its outbox and inbox are mapped by the base class.
    }
}
