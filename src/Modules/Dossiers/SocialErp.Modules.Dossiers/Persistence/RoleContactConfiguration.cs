using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class RoleContactConfiguration : IEntityTypeConfiguration<RoleContact>
{
    public const int LibelleMaxLength = 100;
    public const int CategorieMaxLength = 30;

    public void Configure(EntityTypeBuilder<RoleContact> builder)
    {
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(ContactDossierConfiguration.RoleMaxLength);
        builder.Property(r => r.Libelle).HasMaxLength(LibelleMaxLength);
        builder.Property(r => r.CategorieFiche).HasMaxLength(CategorieMaxLength);
    }
}
