namespace SocialErp.Host.Identite.Endpoints;

internal sealed record RefreshRequest(string? RefreshToken);
