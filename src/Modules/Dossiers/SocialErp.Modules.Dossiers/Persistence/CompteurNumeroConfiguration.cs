using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class CompteurNumeroConfiguration : IEntityTypeConfiguration<CompteurNumero>
{
    public void Configure(EntityTypeBuilder<CompteurNumero> builder)
    {
        builder.HasKey(c => c.Annee);
        builder.Property(c => c.Annee).ValueGeneratedNever();
        builder.Property(c => c.Dernier).IsConcurrencyToken();
    }
}
