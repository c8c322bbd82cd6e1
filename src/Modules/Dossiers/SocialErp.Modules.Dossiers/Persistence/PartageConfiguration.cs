using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class PartageConfiguration : IEntityTypeConfiguration<Partage>
{
    public void Configure(EntityTypeBuilder<Partage> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => p.DossierId);
        builder.HasIndex(p => p.UtilisateurId);
        builder.HasIndex(p => p.ServiceId);
    }
}
