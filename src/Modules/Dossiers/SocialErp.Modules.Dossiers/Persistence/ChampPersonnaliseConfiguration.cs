using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class ChampPersonnaliseConfiguration : IEntityTypeConfiguration<ChampPersonnalise>
{
    public const int CodeMaxLength = 40;
    public const int LibelleMaxLength = 100;
    public const int TypeMaxLength = 10;
    public const int OptionsMaxLength = 1000;

    public void Configure(EntityTypeBuilder<ChampPersonnalise> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Prestation).HasMaxLength(DossierConfiguration.CodeMaxLength);
        builder.Property(c => c.Code).HasMaxLength(CodeMaxLength);
        builder.Property(c => c.Libelle).HasMaxLength(LibelleMaxLength);
        builder.Property(c => c.Type).HasMaxLength(TypeMaxLength);
        builder.Property(c => c.Options).HasMaxLength(OptionsMaxLength);
        builder.HasIndex(c => new { c.Prestation, c.Code }).IsUnique();
        builder.Ignore(c => c.ListeOptions);
    }
}
