using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Persistence;

namespace SocialErp.Host.Identite;

/// <summary>Users and services, in their own schema (<c>identite</c>), apart from every module.</summary>
internal sealed class IdentiteDbContext(DbContextOptions<IdentiteDbContext> options) : IdentityUserContext<Utilisateur, Guid>(options)
{
    public const string Schema = "identite";

    public DbSet<Service> Services => Set<Service>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.Entity<Utilisateur>(b =>
        {
            b.ToTable("identite_utilisateur");
            b.Property(u => u.Nom).HasMaxLength(100);
            b.Property(u => u.Prenom).HasMaxLength(100);
            b.Property(u => u.Metier).HasMaxLength(30);
            b.HasIndex(u => u.ManagerId);
            b.HasIndex(u => u.ServiceId);
        });
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("identite_utilisateur_claim");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("identite_utilisateur_login");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("identite_utilisateur_token");
        builder.Entity<Service>(b =>
        {
            b.ToTable("identite_service");
            b.HasKey(s => s.Id);
            b.Property(s => s.Id).ValueGeneratedNever();
            b.Property(s => s.Code).HasMaxLength(30);
            b.Property(s => s.Nom).HasMaxLength(200);
            b.HasIndex(s => s.Code).IsUnique();
        });
        ModelConventions.Apply(builder, Schema);
    }
}
