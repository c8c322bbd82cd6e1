using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class ReferentConfiguration : IEntityTypeConfiguration<Referent>
{
    public void Configure(EntityTypeBuilder<Referent> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => r.DossierId);
        builder.HasIndex(r => r.UtilisateurId);
        builder.Ignore(r => r.EstActif);
    }
}
