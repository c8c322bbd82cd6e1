using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public const int NumeroMaxLength = 30;
    public const int NomMaxLength = 200;
    public const int DescriptionMaxLength = 2000;
    public const int CodeMaxLength = 30;
    public const int StatutMaxLength = 20;
    public const int MotifMaxLength = 500;

    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Numero).HasMaxLength(NumeroMaxLength);
        builder.Property(d => d.Nom).HasMaxLength(NomMaxLength);
        builder.Property(d => d.Description).HasMaxLength(DescriptionMaxLength);
        builder.Property(d => d.Prestation).HasMaxLength(CodeMaxLength);
        builder.Property(d => d.Statut).HasMaxLength(StatutMaxLength);
        builder.Property(d => d.MotifCloture).HasMaxLength(MotifMaxLength);
        builder.Property(d => d.TexteRecherche).HasMaxLength(NumeroMaxLength + NomMaxLength + 1);
        builder.HasIndex(d => d.Numero).IsUnique();
        builder.HasIndex(d => new { d.ServiceId, d.Statut });
        builder.HasIndex(d => d.Prestation);
        builder.HasIndex(d => d.TexteRecherche);

        builder.HasMany(d => d.Membres).WithOne().HasForeignKey(m => m.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.PeriodesUa).WithOne().HasForeignKey(p => p.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Referents).WithOne().HasForeignKey(r => r.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Partages).WithOne().HasForeignKey(p => p.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.ChangementsStatut).WithOne().HasForeignKey(c => c.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(d => d.ReferentsActifs);
        builder.Ignore(d => d.EstArchive);
    }
}
