using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Persistence;

internal sealed class PreferenceNotificationConfiguration : IEntityTypeConfiguration<PreferenceNotification>
{
    public void Configure(EntityTypeBuilder<PreferenceNotification> builder)
    {
        builder.HasKey(p => new { p.FicheId, p.TypeMessage });
        builder.Property(p => p.TypeMessage).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Canal).HasConversion<string>().HasMaxLength(20);
    }
}
