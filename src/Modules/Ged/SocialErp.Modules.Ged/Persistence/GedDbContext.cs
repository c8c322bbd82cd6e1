using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Persistence;

namespace SocialErp.Modules.Ged.Persistence;

internal sealed class GedDbContext(DbContextOptions<GedDbContext> options, ModuleDbContextDependencies dependencies)
    : ModuleDbContext(options, dependencies)
{
    public const string Schema = "ged";

    public override string ModuleName => Schema;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // The module's entities arrive with its issue; its outbox and inbox are mapped by the base class.
    }
}
