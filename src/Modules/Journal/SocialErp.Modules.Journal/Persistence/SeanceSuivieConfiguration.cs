using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Persistence;

internal sealed class SeanceSuivieConfiguration : IEntityTypeConfiguration<SeanceSuivie>
{
    public void Configure(EntityTypeBuilder<SeanceSuivie> b)
    {
        b.HasKey(s => s.SeanceId);
        b.Property(s => s.SeanceId).ValueGeneratedNever();
        b.Property(s => s.Etat).HasMaxLength(20);
        b.HasIndex(s => new { s.Etat, s.Debut });
    }
}
