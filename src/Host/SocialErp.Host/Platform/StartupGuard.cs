using System.Reflection;

namespace SocialErp.Host.Platform;

/// <summary>
/// The build-time OpenAPI generator runs Program.cs in a tool process: no migrations, seeding or
/// background work must happen there.
/// </summary>
internal static class StartupGuard
{
    public static bool IsGeneratingOpenApiDocument =>
        Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";

    /// <summary>
    /// The generator starts the host (on a no-op server) to read its endpoints, which would start every hosted
    /// service too: the messaging loop would open the database, Data Protection would write a key ring into the
    /// source tree. While generating, only the web host's own service may run (it builds the endpoint table):
    /// WebApplicationBuilder adds that one at Build(), after this call, and the assembly check keeps it should that change.
    /// </summary>
    public static void SuppressBackgroundWorkWhenGeneratingOpenApi(this WebApplicationBuilder builder)
    {
        if (!IsGeneratingOpenApiDocument)
        {
            return;
        }

        var webHosting = typeof(GenericHostWebHostBuilderExtensions).Assembly;
        var background = builder.Services
            .Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Assembly != webHosting)
            .ToList();
        foreach (var descriptor in background)
        {
            builder.Services.Remove(descriptor);
        }
    }
}
