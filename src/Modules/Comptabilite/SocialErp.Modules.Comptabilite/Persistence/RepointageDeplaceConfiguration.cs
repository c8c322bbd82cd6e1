using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class RepointageDeplaceConfiguration : IEntityTypeConfiguration<RepointageDeplace>
{
    public void Configure(EntityTypeBuilder<RepointageDeplace> builder) => builder.HasKey(r => new { r.FusionId, r.AbsorbeeId });
}
