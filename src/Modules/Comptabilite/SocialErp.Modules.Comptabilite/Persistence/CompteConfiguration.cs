using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class CompteConfiguration : IEntityTypeConfiguration<Compte>
{
    public const int NumeroMaxLength = 20;
    public const int LibelleMaxLength = 200;
    public const int CodeMaxLength = 30;

    public void Configure(EntityTypeBuilder<Compte> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Numero).HasMaxLength(NumeroMaxLength);
        builder.Property(c => c.Libelle).HasMaxLength(LibelleMaxLength);
        builder.Property(c => c.Classe).HasMaxLength(CodeMaxLength);
        builder.Property(c => c.Genre).HasMaxLength(CodeMaxLength);
        builder.Property(c => c.TypeCharge).HasMaxLength(CodeMaxLength);
        builder.Property(c => c.CategorieDette).HasMaxLength(CodeMaxLength);
        builder.HasIndex(c => c.Numero).IsUnique();
    }
}
