using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class LigneEcritureConfiguration : IEntityTypeConfiguration<LigneEcriture>
{
    public const string IndexCompte = "IX_comptabilite_ligne_ecriture_compte_couvrant";

    public void Configure(EntityTypeBuilder<LigneEcriture> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Genre).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(l => l.Prestation).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(l => l.TypeCharge).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(l => l.TypePayeur).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(l => l.Libelle).HasMaxLength(EcritureConfiguration.LibelleMaxLength);
        builder.HasOne(l => l.Compte).WithMany().HasForeignKey(l => l.CompteId).OnDelete(DeleteBehavior.Restrict);

        // Ledgers read a person's or a unit's lines by date; month consolidations read a date range.
        builder.HasIndex(l => new { l.FicheId, l.Date });
        builder.HasIndex(l => new { l.UniteAllocationId, l.Date });
        builder.HasIndex(l => l.Date);

        // An account's ledger and the trial balance read an account's lines by date and add up their amounts: with the
        // amounts in the index they read it alone, not the wide line rows. It also serves the foreign key on the account.
        builder.HasIndex(l => new { l.CompteId, l.Date, l.Debit, l.Credit }).HasDatabaseName(IndexCompte);
    }
}
