using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Persistence;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class ComptabiliteDbContext(DbContextOptions<ComptabiliteDbContext> options, ModuleDbContextDependencies dependencies)
    : ModuleDbContext(options, dependencies)
{
    public const string Schema = "comptabilite";

    public override string ModuleName => Schema;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // The module's entities arrive with its issue; its outbox and inbox are mapped by the base class.
    }
}
