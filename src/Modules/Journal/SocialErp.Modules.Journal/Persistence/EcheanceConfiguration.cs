using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Persistence;

internal sealed class EcheanceConfiguration : IEntityTypeConfiguration<Echeance>
{
    public const int ActionMaxLength = 500;
    public const int CommentaireMaxLength = 2000;
    public const int MotifMaxLength = 500;
    public const int SourceMaxLength = 100;

    public void Configure(EntityTypeBuilder<Echeance> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Action).HasMaxLength(ActionMaxLength);
        b.Property(e => e.ResponsableMetier).HasMaxLength(30);
        b.Property(e => e.Statut).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.EtapeWorkflow).HasMaxLength(50);
        b.Property(e => e.Commentaire).HasMaxLength(CommentaireMaxLength);
        b.Ignore(e => e.Modifications);
        b.HasIndex(e => new { e.ResponsableId, e.Statut, e.Date });
        b.HasIndex(e => new { e.ServiceId, e.Statut, e.Date });
        b.HasIndex(e => new { e.Statut, e.Date });
        b.HasIndex(e => e.DossierId);
        b.HasIndex(e => e.EntreeId);
        b.Property(e => e.Source).HasMaxLength(SourceMaxLength);
        b.HasIndex(e => e.Source);
    }
}
