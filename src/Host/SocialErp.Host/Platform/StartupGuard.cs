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
}
