namespace SocialErp.Modules.Ged.Features.Shared;

internal sealed record CibleResponse(string CibleType, Guid CibleId);
