using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SocialErp.BuildingBlocks.Messaging;

namespace SocialErp.Modules.Comptabilite.Persistence.Migrations;

/// <summary>Hand-written: the model as the migrations leave it (EF Design is not available here).</summary>
[DbContext(typeof(ComptabiliteDbContext))]
internal sealed class ComptabiliteDbContextModelSnapshot : ModelSnapshot
{
    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(ComptabiliteDbContext.Schema);
        MessagingModelSnapshot.Build(modelBuilder, ComptabiliteDbContext.Schema);
    }
}
