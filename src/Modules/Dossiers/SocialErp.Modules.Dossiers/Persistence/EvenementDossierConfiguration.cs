using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class EvenementDossierConfiguration : IEntityTypeConfiguration<EvenementDossier>
{
    public const int CommentaireMaxLength = 4000;

    public void Configure(EntityTypeBuilder<EvenementDossier> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.TypeCode).HasMaxLength(DossierConfiguration.CodeMaxLength);
        builder.Property(e => e.TypeLibelle).HasMaxLength(TypeEvenementConfiguration.LibelleMaxLength);
        builder.Property(e => e.Commentaire).HasMaxLength(CommentaireMaxLength);
        builder.Property(e => e.Motif).HasMaxLength(DossierConfiguration.MotifMaxLength);
        builder.Property(e => e.StatutApplique).HasMaxLength(DossierConfiguration.StatutMaxLength);
        builder.Property(e => e.Champs).EnJson();
        builder.HasOne<Dossier>().WithMany().HasForeignKey(e => e.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.DossierId, e.Date, e.Ordre });
    }
}
