using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class ContactDossierConfiguration : IEntityTypeConfiguration<ContactDossier>
{
    public const int RoleMaxLength = 20;
    public const int RemarqueMaxLength = 500;

    public void Configure(EntityTypeBuilder<ContactDossier> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Role).HasMaxLength(RoleMaxLength);
        builder.Property(c => c.Remarque).HasMaxLength(RemarqueMaxLength);
        builder.HasIndex(c => c.DossierId);
        builder.HasIndex(c => c.FicheId);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(c => c.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}
