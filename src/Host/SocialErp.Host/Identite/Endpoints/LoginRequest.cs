namespace SocialErp.Host.Identite.Endpoints;

internal sealed record LoginRequest(string? Email, string? Password);
