using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.BuildingBlocks.Modules;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.BuildingBlocks.Security;
using SocialErp.BuildingBlocks.Time;
using SocialErp.Host.Administration;
using SocialErp.Host.Errors;
using SocialErp.Host.Health;
using SocialErp.Host.Identite;
using SocialErp.Host.Identite.Endpoints;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Host.Platform;

/// <summary>Composition of the platform: one call registers it, one call maps it.</summary>
internal static class PlatformExtensions
{
    public static WebApplicationBuilder AddSocialErp(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var modules = ModuleCatalogue.All;

        services.AddSingleton<TimeProvider>(new HorlogeFuseau(FuseauHoraire.Lire(configuration)));
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.SectionName));
        services.Configure<AuditOptions>(configuration.GetSection(AuditOptions.SectionName));
        services.AddSingleton<DatabaseMigrator>();
        services.AddMessaging(configuration, modules.Select(m => m.ContractsAssembly));
        services.AddPermissionAuthorization(modules.SelectMany(m => m.Permissions).Concat(PlatformPermissions.All));
        foreach (var module in modules)
        {
            module.Register(services, configuration);
        }

        AddIdentity(services, builder.Configuration);
        services.AddSingleton<IValidator<CreerUtilisateurRequest>, CreerUtilisateurValidator>();
        services.AddSingleton<IValidator<ModifierUtilisateurRequest>, ModifierUtilisateurValidator>();
        services.AddSingleton<IValidator<ServiceRequest>, ServiceValidator>();

        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemDetailsDefaults.Customize);
        services.AddExceptionHandler<GlobalExceptionHandler>();
        Jobs.JobsServiceCollectionExtensions.AddSocialErpJobs(services, configuration);

        services.AddHealthChecks()
            .AddCheck<MigrationsHealthCheck>("base-de-donnees", tags: ["ready"])
            .AddCheck<ParkedMessagesHealthCheck>("messages-parques", tags: ["ready"]);
        services.AddSocialErpOpenApi();
        builder.AddTelemetry();
        return builder;
    }

    public static WebApplication UseSocialErp(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "SocialErp v1");
            o.RoutePrefix = "swagger";
        });
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapOpenApi().AllowAnonymous();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false, ResponseWriter = HealthResponseWriter.WriteAsync })
            .AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthResponseWriter.WriteAsync })
            .AllowAnonymous();
        app.MapAuthEndpoints();
        var admin = app.MapGroup("/api/admin").WithTags("Administration");
        admin.MapUtilisateursEndpoints();
        admin.MapServicesEndpoints();
        admin.MapMessagesEndpoints();
        foreach (var module in ModuleCatalogue.All)
        {
            module.MapEndpoints(app);
        }

        app.StartTelemetry();
        return app;
    }

    private static void AddIdentity(IServiceCollection services, ConfigurationManager configuration)
    {
        services.AddDbContextPool<IdentiteDbContext>((sp, options) =>
            DbContextConfigurator.Configure(options, sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value, IdentiteDbContext.Schema));
        services.AddSingleton(new MigratableContext(IdentiteDbContext.Schema, typeof(IdentiteDbContext)));
        services.AddAuthentication(IdentityConstants.BearerScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = configuration.GetValue("Auth:AccessTokenLifetime", TimeSpan.FromHours(1)));
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddIdentityCore<Utilisateur>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddEntityFrameworkStores<IdentiteDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<UtilisateurClaimsPrincipalFactory>();
        services.AddScoped<IHierarchieUtilisateurs, HierarchieUtilisateurs>();
        services.AddScoped<IAnnuaireOrganisation, AnnuaireOrganisation>();
        services.AddScoped<IAnnuaireUtilisateurs, AnnuaireUtilisateurs>();
        services.AddScoped<AdministrateurSeeder>();
        services.AddScoped<IDemoDataSeeder, OrganisationDemoSeeder>();

        var keysFolder = configuration["DataProtection:KeysFolder"]
            ?? Path.Combine(configuration[DatabaseOptions.SectionName + ":DataFolder"] ?? "data", "keys");
        services.AddDataProtection().SetApplicationName("SocialErp").PersistKeysToFileSystem(new DirectoryInfo(keysFolder));
    }
}
