using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class EcritureConfiguration : IEntityTypeConfiguration<Ecriture>
{
    public const int LibelleMaxLength = 300;
    public const string LigneEcritureFk = "FK_comptabilite_ligne_ecriture_ecriture_id";

    public void Configure(EntityTypeBuilder<Ecriture> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Libelle).HasMaxLength(LibelleMaxLength);
        builder.Ignore(e => e.Periode);
        builder.HasMany(e => e.Lignes).WithOne().HasForeignKey(l => l.EcritureId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName(LigneEcritureFk); // the conventional name exceeds PostgreSQL's 63 characters
        builder.Navigation(e => e.Lignes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(e => new { e.Annee, e.Mois });

        // A entry is reversed at most once: the unique index makes a concurrent second reversal fail.
        builder.HasIndex(e => e.ExtourneDe).IsUnique();
    }
}
