using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Persistence;

internal sealed class AdresseConfiguration : IEntityTypeConfiguration<Adresse>
{
    public const int RueMaxLength = 150;
    public const int NumeroMaxLength = 20;
    public const int CasePostaleMaxLength = 30;
    public const int NpaMaxLength = 10;
    public const int LocaliteMaxLength = 100;

    public void Configure(EntityTypeBuilder<Adresse> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Rue).HasMaxLength(RueMaxLength);
        builder.Property(a => a.Numero).HasMaxLength(NumeroMaxLength);
        builder.Property(a => a.Complement).HasMaxLength(RueMaxLength);
        builder.Property(a => a.CasePostale).HasMaxLength(CasePostaleMaxLength);
        builder.Property(a => a.Npa).HasMaxLength(NpaMaxLength);
        builder.Property(a => a.Localite).HasMaxLength(LocaliteMaxLength);
        builder.Property(a => a.Pays).HasMaxLength(2);
    }
}
