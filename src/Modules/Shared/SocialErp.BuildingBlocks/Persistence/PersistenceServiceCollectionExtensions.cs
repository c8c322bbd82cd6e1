using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialErp.BuildingBlocks.Messaging;

namespace SocialErp.BuildingBlocks.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's DbContext on the configured provider, its migrations and its outbox/inbox.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string module)
        where TContext : ModuleDbContext
    {
        // Pooled: a request opens several module contexts (its own, and those the modules it asks through their
        // contracts), and building one resolves EF's internal services anew (~10 % of a posting's host CPU in a profile).
        // A pooled context keeps them; EF resets its own state when the context comes back, and the scope attaches its
        // services on each lease. The options depend on configuration only, so the pool's single set is right.
        services.AddPooledDbContextFactory<TContext>(
            (sp, options) => DbContextConfigurator.Configure(options, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, module));
        services.AddScoped(sp =>
        {
            var context = sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            context.AttachScope(sp.GetRequiredService<ModuleDbContextDependencies>());
            return context;
        });
        services.AddSingleton(new MigratableContext(module, typeof(TContext)));
        services.AddModuleMessaging<TContext>(module);
        services.AddScoped<ModuleDbContextDependencies>();
        return services;
    }

    /// <summary>A repository over <typeparamref name="T"/> stored in <typeparamref name="TContext"/>.</summary>
    public static IServiceCollection AddRepository<T, TContext>(this IServiceCollection services)
        where T : class
        where TContext : DbContext
    {
        services.AddScoped<SharedKernel.Specifications.IRepositoryBase<T>, EfRepository<T, TContext>>();
        services.AddScoped<SharedKernel.Specifications.IReadRepositoryBase<T>, EfRepository<T, TContext>>();
        return services;
    }
}
