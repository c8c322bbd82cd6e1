using Microsoft.EntityFrameworkCore;

namespace SocialErp.Modules.Dossiers.Persistence.Migrations;

/// <summary>The contact roles' part of the snapshot (migration 20261126110000_RolesContact).</summary>
internal sealed partial class DossiersDbContextModelSnapshot
{
    private static void RolesContact(ModelBuilder modelBuilder) =>
        modelBuilder.Entity(Domaine + "RoleContact", b =>
        {
            b.Property<string>("Code").HasMaxLength(20).HasColumnName("code");
            b.Property<string>("Libelle").IsRequired().HasMaxLength(100).HasColumnName("libelle");
            b.Property<string>("CategorieFiche").HasMaxLength(30).HasColumnName("categorie_fiche");
            b.Property<bool>("Actif").HasColumnName("actif");
            b.HasKey("Code");
            b.ToTable("dossiers_role_contact", Schema);
        });
}
