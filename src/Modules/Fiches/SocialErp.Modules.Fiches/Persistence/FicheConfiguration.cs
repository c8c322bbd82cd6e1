using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Persistence;

internal sealed class FicheConfiguration : IEntityTypeConfiguration<Fiche>
{
    public const int NomMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int FormeJuridiqueMaxLength = 100;
    public const int EnumMaxLength = 30;

    public void Configure(EntityTypeBuilder<Fiche> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Nom).HasMaxLength(NomMaxLength);
        builder.Property(f => f.Prenom).HasMaxLength(NomMaxLength);
        builder.Property(f => f.AutresNoms).HasMaxLength(NomMaxLength);
        builder.Property(f => f.Sexe).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(f => f.EtatCivil).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(f => f.Nationalite).HasMaxLength(2);
        builder.Property(f => f.Langue).HasMaxLength(2);
        builder.Property(f => f.NumeroAvs).HasMaxLength(13);
        builder.Property(f => f.PermisSejour).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(f => f.NumeroIde).HasMaxLength(12);
        builder.Property(f => f.FormeJuridique).HasMaxLength(FormeJuridiqueMaxLength);
        builder.Property(f => f.Email).HasMaxLength(EmailMaxLength);
        builder.Property(f => f.TexteRecherche).HasMaxLength(2 * NomMaxLength + EmailMaxLength + 2);
        builder.HasIndex(f => f.NumeroAvs);
        builder.HasIndex(f => new { f.ServiceId, f.Nom });
        builder.HasIndex(f => new { f.Nom, f.Prenom, f.Id });
        builder.HasIndex(f => f.TexteRecherche);
        builder.HasIndex(f => f.CommuneResidence);

        // What a search checks of each fiche it finds (archived, service) without reading the row itself.
        builder.HasIndex(f => new { f.Id, f.Archivee, f.ServiceId });

        builder.HasMany(f => f.Categories).WithOne().HasForeignKey(c => c.FicheId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Contacts).WithOne().HasForeignKey(c => c.FicheId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Preferences).WithOne().HasForeignKey(p => p.FicheId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Adresses).WithOne().HasForeignKey(a => a.FicheId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Termes).WithOne().HasForeignKey(t => t.FicheId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.AccesParDossiers).WithOne().HasForeignKey(a => a.FicheId).OnDelete(DeleteBehavior.Cascade);
    }
}
