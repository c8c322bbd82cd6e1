using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Persistence;

internal sealed class ParticipantsRepointesConfiguration : IEntityTypeConfiguration<ParticipantsRepointes>
{
    public void Configure(EntityTypeBuilder<ParticipantsRepointes> b)
    {
        b.HasKey(p => new { p.FusionId, p.EntreeId });
        b.Property(p => p.Avant).HasMaxLength(4000);
        b.Property(p => p.Apres).HasMaxLength(4000);
    }
}
