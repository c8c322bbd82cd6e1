namespace SocialErp.BuildingBlocks.Http;

/// <summary>Stable problem type URIs: one per error code, never a server address.</summary>
public static class ProblemTypes
{
    public static string For(string code) => $"urn:socialerp:probleme:{code}";
}
