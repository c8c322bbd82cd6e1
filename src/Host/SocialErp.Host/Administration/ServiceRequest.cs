namespace SocialErp.Host.Administration;

internal sealed record ServiceRequest(string? Code, string? Nom);

internal sealed record ServiceResponse(Guid Id, string Code, string Nom);
