using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Persistence;

internal sealed class EntreeJournalConfiguration : IEntityTypeConfiguration<EntreeJournal>
{
    public const int TexteMaxLength = 8000;

    public void Configure(EntityTypeBuilder<EntreeJournal> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.CibleType).HasMaxLength(30);
        b.Property(e => e.Type).HasMaxLength(TypesEntree.LongueurMax);
        b.Property(e => e.Texte).HasMaxLength(TexteMaxLength);
        b.Property(e => e.AuteurMetier).HasMaxLength(30);
        b.Property(e => e.Participants).HasMaxLength(4000);
        b.Property(e => e.Documents).HasMaxLength(4000);
        b.Property(e => e.Destinataires).HasMaxLength(4000);
        b.Property(e => e.Confidentialite).HasConversion<string>().HasMaxLength(20);
        b.Ignore(e => e.Contenu);
        b.HasIndex(e => new { e.CibleType, e.CibleId, e.Date });
        b.HasIndex(e => new { e.SourceMessageId, e.CibleId }).IsUnique();
    }
}
