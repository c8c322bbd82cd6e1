using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Domain.Budgets;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class LigneBudgetConfiguration : IEntityTypeConfiguration<LigneBudget>
{
    public const int IbanMaxLength = 34;
    public const int ReferenceMaxLength = 35;

    public void Configure(EntityTypeBuilder<LigneBudget> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Sens).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(l => l.Type).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(l => l.Libelle).HasMaxLength(CompteConfiguration.LibelleMaxLength);
        builder.Property(l => l.Montant).HasPrecision(18, 2);
        builder.Property(l => l.Periodicite).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(l => l.Iban).HasMaxLength(IbanMaxLength);
        builder.Property(l => l.TypeReference).HasMaxLength(CompteConfiguration.CodeMaxLength);
        builder.Property(l => l.Reference).HasMaxLength(ReferenceMaxLength);
        builder.Ignore(l => l.EstCharge);
    }
}
