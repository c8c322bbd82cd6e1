using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Persistence;

internal sealed class MutationConfiguration : IEntityTypeConfiguration<Mutation>
{
    public void Configure(EntityTypeBuilder<Mutation> b)
    {
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Module).HasMaxLength(50);
        b.Property(m => m.Entite).HasMaxLength(100);
        b.Property(m => m.EntiteId).HasMaxLength(200);
        b.Property(m => m.Operation).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.Nature).HasMaxLength(50);
        b.Property(m => m.UtilisateurEmail).HasMaxLength(254);
        b.Property(m => m.Empreinte).HasMaxLength(64);
        b.HasIndex(m => m.Sequence).IsUnique();
        b.HasIndex(m => new { m.Module, m.Entite, m.EntiteId, m.Instant });
        b.HasIndex(m => new { m.UtilisateurId, m.Instant });
        b.HasIndex(m => m.Instant);
    }
}
