using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class TypeEvenementConfiguration : IEntityTypeConfiguration<TypeEvenement>
{
    public const int LibelleMaxLength = 100;

    public void Configure(EntityTypeBuilder<TypeEvenement> builder)
    {
        builder.HasKey(t => t.Code);
        builder.Property(t => t.Code).HasMaxLength(DossierConfiguration.CodeMaxLength);
        builder.Property(t => t.Libelle).HasMaxLength(LibelleMaxLength);
        builder.Property(t => t.NouveauStatut).HasMaxLength(DossierConfiguration.StatutMaxLength);
        builder.Property(t => t.AttestationModele).HasMaxLength(DossierConfiguration.CodeMaxLength);
        builder.Property(t => t.Champs).EnJson();
        builder.Property(t => t.Echeances).EnJson();
        builder.Property(t => t.Prestations).EnJson();
    }
}
