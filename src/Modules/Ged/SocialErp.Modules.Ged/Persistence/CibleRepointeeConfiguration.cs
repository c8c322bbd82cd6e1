using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Ged.Domain;

namespace SocialErp.Modules.Ged.Persistence;

internal sealed class CibleRepointeeConfiguration : IEntityTypeConfiguration<CibleRepointee>
{
    public void Configure(EntityTypeBuilder<CibleRepointee> builder) => builder.HasKey(c => new { c.FusionId, c.DocumentId });
}
