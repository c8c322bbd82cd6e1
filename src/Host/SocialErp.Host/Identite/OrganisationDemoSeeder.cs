using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Modules;
using SocialErp.SharedKernel.Demo;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Host.Identite;

/// <summary>
/// The demo organisation (<see cref="OrganisationDemo"/>): two services and five staff accounts of different trades,
/// <c>prenom.nom@demo.socialerp.local</c>, with the password <c>Seed:DemoPassword</c> (else <c>Seed:AdminPassword</c>).
/// Without a password the services are created but no account. Runs first so modules' demo data can name them.
/// </summary>
internal sealed class OrganisationDemoSeeder(
    IdentiteDbContext db, UserManager<Utilisateur> users, IConfiguration configuration, ILogger<OrganisationDemoSeeder> logger) : IDemoDataSeeder
{
    public int Order => 1;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await ServiceAsync(OrganisationDemo.ServiceLausanne, "CSR-LSN", "Centre social régional de Lausanne", cancellationToken);
        await ServiceAsync(OrganisationDemo.ServiceGeneve, "HG-GE", "Hospice général, Genève", cancellationToken);
        var password = configuration["Seed:DemoPassword"] is { Length: > 0 } demo ? demo : configuration["Seed:AdminPassword"];
        if (string.IsNullOrEmpty(password))
        {
            return;
        }

        await CompteAsync(OrganisationDemo.MarcKohler, "Kohler", "Marc", Metiers.Gestionnaire, OrganisationDemo.ServiceLausanne, null, password);
        await CompteAsync(OrganisationDemo.SophieDupuis, "Dupuis", "Sophie", Metiers.AssistantSocial, OrganisationDemo.ServiceLausanne, OrganisationDemo.MarcKohler, password);
        await CompteAsync(OrganisationDemo.GiuliaBianchi, "Bianchi", "Giulia", Metiers.AssistantSocial, OrganisationDemo.ServiceGeneve, null, password);
        await CompteAsync(OrganisationDemo.NadiaRey, "Rey", "Nadia", Metiers.Comptable, OrganisationDemo.ServiceLausanne, OrganisationDemo.MarcKohler, password);
        await CompteAsync(OrganisationDemo.LucMonnier, "Monnier", "Luc", Metiers.Direction, null, null, password);
    }

    private async Task ServiceAsync(Guid id, string code, string nom, CancellationToken cancellationToken)
    {
        if (!await db.Services.AnyAsync(s => s.Id == id || s.Code == code, cancellationToken))
        {
            db.Services.Add(new Service { Id = id, Code = code, Nom = nom });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task CompteAsync(Guid id, string nom, string prenom, string metier, Guid? serviceId, Guid? managerId, string password)
    {
        var email = $"{prenom}.{nom}@demo.socialerp.local".ToLowerInvariant();
        if (await users.FindByIdAsync(id.ToString()) is not null || await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var utilisateur = new Utilisateur
        {
            Id = id,
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            Nom = nom,
            Prenom = prenom,
            Metier = metier,
            ServiceId = serviceId,
            ManagerId = managerId,
        };
        var result = await users.CreateAsync(utilisateur, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                "The demo password is refused by the password policy: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        logger.LogInformation("Demo account {Email} ({Metier}) created", email, metier);
    }
}
