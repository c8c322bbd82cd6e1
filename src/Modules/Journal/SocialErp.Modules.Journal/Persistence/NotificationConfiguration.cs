using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Persistence;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public const int SujetMaxLength = 200;
    public const int CorpsMaxLength = 2000;

    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.HasKey(n => n.Id);
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.Type).HasMaxLength(30);
        b.Property(n => n.Canal).HasMaxLength(10);
        b.Property(n => n.Adresse).HasMaxLength(254);
        b.Property(n => n.Sujet).HasMaxLength(SujetMaxLength);
        b.Property(n => n.Corps).HasMaxLength(CorpsMaxLength);
        b.Property(n => n.Etat).HasConversion<string>().HasMaxLength(20);
        b.Property(n => n.DerniereErreur).HasMaxLength(1000);
        b.Property(n => n.CleSource).HasMaxLength(300);
        b.HasIndex(n => n.CleSource).IsUnique();
        b.HasIndex(n => new { n.Etat, n.ProchaineTentative });
        b.HasIndex(n => new { n.DossierId, n.CreeeLe });
        b.HasIndex(n => new { n.FicheId, n.CreeeLe });
    }
}
