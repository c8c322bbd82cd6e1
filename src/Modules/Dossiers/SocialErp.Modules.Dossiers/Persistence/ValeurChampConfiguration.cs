using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class ValeurChampConfiguration : IEntityTypeConfiguration<ValeurChamp>
{
    public const int ValeurMaxLength = 1000;

    /// <summary>Named by hand: the conventional name exceeds PostgreSQL's 63 characters.</summary>
    public const string ForeignKeyName = "FK_dossiers_valeur_champ_valeurs_champs_id";

    public void Configure(EntityTypeBuilder<ValeurChamp> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Code).HasMaxLength(ChampPersonnaliseConfiguration.CodeMaxLength);
        builder.Property(v => v.Valeur).HasMaxLength(ValeurMaxLength);
        builder.HasIndex(v => new { v.ValeursChampsId, v.Code }).IsUnique();
    }
}
