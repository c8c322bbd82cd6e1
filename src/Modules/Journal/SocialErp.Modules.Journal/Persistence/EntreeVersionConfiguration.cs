using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Persistence;

internal sealed class EntreeVersionConfiguration : IEntityTypeConfiguration<EntreeVersion>
{
    public void Configure(EntityTypeBuilder<EntreeVersion> b)
    {
        b.HasKey(v => v.Id);
        b.Property(v => v.Id).ValueGeneratedNever();
        b.Property(v => v.Type).HasMaxLength(TypesEntree.LongueurMax);
        b.Property(v => v.Texte).HasMaxLength(EntreeJournalConfiguration.TexteMaxLength);
        b.Property(v => v.Participants).HasMaxLength(4000);
        b.Property(v => v.Documents).HasMaxLength(4000);
        b.Property(v => v.Destinataires).HasMaxLength(4000);
        b.Property(v => v.Confidentialite).HasConversion<string>().HasMaxLength(20);
        b.Property(v => v.Motif).HasMaxLength(500);
        b.HasIndex(v => new { v.EntreeId, v.Numero }).IsUnique();
    }
}
