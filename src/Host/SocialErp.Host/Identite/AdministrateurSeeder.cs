using Microsoft.AspNetCore.Identity;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Host.Identite;

/// <summary>Creates admin@socialerp.local on first start, only when Seed:AdminPassword is configured.</summary>
internal sealed class AdministrateurSeeder(UserManager<Utilisateur> users, IConfiguration configuration, ILogger<AdministrateurSeeder> logger)
{
    public const string Email = "admin@socialerp.local";

    public async Task SeedAsync()
    {
        var password = configuration["Seed:AdminPassword"];
        if (string.IsNullOrEmpty(password) || await users.FindByEmailAsync(Email) is not null)
        {
            return;
        }

        var admin = new Utilisateur
        {
            Id = Guid.CreateVersion7(),
            UserName = Email,
            Email = Email,
            EmailConfirmed = true,
            Nom = "Administrateur",
            Prenom = "SocialErp",
            Metier = Metiers.Administrateur,
        };
        var result = await users.CreateAsync(admin, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                "Seed:AdminPassword is refused by the password policy: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        logger.LogInformation("Administrator {Email} created", Email);
    }
}
