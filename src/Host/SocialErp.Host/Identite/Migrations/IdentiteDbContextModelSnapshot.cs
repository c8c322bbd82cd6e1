using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace SocialErp.Host.Identite.Migrations;

/// <summary>Hand-written: the model as the migrations leave it (EF Design is not available here).</summary>
[DbContext(typeof(IdentiteDbContext))]
internal sealed class IdentiteDbContextModelSnapshot : ModelSnapshot
{
    private const string Schema = IdentiteDbContext.Schema;
    private const string Utilisateur = "SocialErp.Host.Identite.Utilisateur";

    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity("SocialErp.Host.Identite.Service", b =>
        {
            b.Property<Guid>("Id").HasColumnName("id");
            b.Property<string>("Code").IsRequired().HasMaxLength(30).HasColumnName("code");
            b.Property<string>("Nom").IsRequired().HasMaxLength(200).HasColumnName("nom");
            b.HasKey("Id");
            b.HasIndex("Code").IsUnique();
            b.ToTable("identite_service", Schema);
        });
        modelBuilder.Entity(Utilisateur, b =>
        {
            b.Property<Guid>("Id").ValueGeneratedOnAdd().HasColumnName("id");
            b.Property<string>("Nom").IsRequired().HasMaxLength(100).HasColumnName("nom");
            b.Property<string>("Prenom").IsRequired().HasMaxLength(100).HasColumnName("prenom");
            b.Property<string>("Metier").IsRequired().HasMaxLength(30).HasColumnName("metier");
            b.Property<Guid?>("ServiceId").HasColumnName("service_id");
            b.Property<Guid?>("ManagerId").HasColumnName("manager_id");
            b.Property<bool>("Actif").HasColumnName("actif");
            b.Property<string>("UserName").HasMaxLength(256).HasColumnName("user_name");
            b.Property<string>("NormalizedUserName").HasMaxLength(256).HasColumnName("normalized_user_name");
            b.Property<string>("Email").HasMaxLength(256).HasColumnName("email");
            b.Property<string>("NormalizedEmail").HasMaxLength(256).HasColumnName("normalized_email");
            b.Property<bool>("EmailConfirmed").HasColumnName("email_confirmed");
            b.Property<string>("PasswordHash").HasColumnName("password_hash");
            b.Property<string>("SecurityStamp").HasColumnName("security_stamp");
            b.Property<string>("ConcurrencyStamp").IsConcurrencyToken().HasColumnName("concurrency_stamp");
            b.Property<string>("PhoneNumber").HasColumnName("phone_number");
            b.Property<bool>("PhoneNumberConfirmed").HasColumnName("phone_number_confirmed");
            b.Property<bool>("TwoFactorEnabled").HasColumnName("two_factor_enabled");
            b.Property<DateTimeOffset?>("LockoutEnd").HasColumnName("lockout_end");
            b.Property<bool>("LockoutEnabled").HasColumnName("lockout_enabled");
            b.Property<int>("AccessFailedCount").HasColumnName("access_failed_count");
            b.HasKey("Id");
            b.HasIndex("NormalizedEmail").HasDatabaseName("EmailIndex");
            b.HasIndex("NormalizedUserName").IsUnique().HasDatabaseName("UserNameIndex");
            b.HasIndex("ManagerId");
            b.HasIndex("ServiceId");
            b.ToTable("identite_utilisateur", Schema);
        });
        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityUserClaim<System.Guid>", b =>
        {
            b.Property<int>("Id")
                .ValueGeneratedOnAdd()
                .HasColumnName("id")
                .HasAnnotation("Sqlite:Autoincrement", true)
                .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<Guid>("UserId").HasColumnName("user_id");
            b.Property<string>("ClaimType").HasColumnName("claim_type");
            b.Property<string>("ClaimValue").HasColumnName("claim_value");
            b.HasKey("Id");
            b.HasIndex("UserId");
            b.ToTable("identite_utilisateur_claim", Schema);
        });
        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityUserLogin<System.Guid>", b =>
        {
            b.Property<string>("LoginProvider").HasColumnName("login_provider");
            b.Property<string>("ProviderKey").HasColumnName("provider_key");
            b.Property<string>("ProviderDisplayName").HasColumnName("provider_display_name");
            b.Property<Guid>("UserId").HasColumnName("user_id");
            b.HasKey("LoginProvider", "ProviderKey");
            b.HasIndex("UserId");
            b.ToTable("identite_utilisateur_login", Schema);
        });
        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityUserToken<System.Guid>", b =>
        {
            b.Property<Guid>("UserId").HasColumnName("user_id");
            b.Property<string>("LoginProvider").HasColumnName("login_provider");
            b.Property<string>("Name").HasColumnName("name");
            b.Property<string>("Value").HasColumnName("value");
            b.HasKey("UserId", "LoginProvider", "Name");
            b.ToTable("identite_utilisateur_token", Schema);
        });
        foreach (var dependent in new[]
                 {
                     "Microsoft.AspNetCore.Identity.IdentityUserClaim<System.Guid>",
                     "Microsoft.AspNetCore.Identity.IdentityUserLogin<System.Guid>",
                     "Microsoft.AspNetCore.Identity.IdentityUserToken<System.Guid>",
                 })
        {
            modelBuilder.Entity(dependent, b => b.HasOne(Utilisateur, null).WithMany().HasForeignKey("UserId").OnDelete(DeleteBehavior.Cascade).IsRequired());
        }
    }
}
