using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Persistence;

internal sealed class EntreeDeplaceeConfiguration : IEntityTypeConfiguration<EntreeDeplacee>
{
    public void Configure(EntityTypeBuilder<EntreeDeplacee> b) => b.HasKey(e => new { e.FusionId, e.EntreeId });
}
