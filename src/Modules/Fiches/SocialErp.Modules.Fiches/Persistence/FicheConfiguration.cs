using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Persistence;

internal sealed class FicheConfiguration : IEntityTypeConfiguration<Fiche>
{
    public const int NomMaxLength = 200;
    public const int EmailMaxLength = 254;

    public void Configure(EntityTypeBuilder<Fiche> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Nom).HasMaxLength(NomMaxLength);
        builder.Property(f => f.Prenom).HasMaxLength(NomMaxLength);
        builder.Property(f => f.NumeroAvs).HasMaxLength(13);
        builder.Property(f => f.Email).HasMaxLength(EmailMaxLength);
        builder.Property(f => f.TexteRecherche).HasMaxLength(2 * NomMaxLength + EmailMaxLength + 2);
        builder.HasIndex(f => f.NumeroAvs);
        builder.HasIndex(f => new { f.ServiceId, f.Nom });
        builder.HasIndex(f => f.TexteRecherche);
    }
}
