namespace SocialErp.Modules.Ged.Features.CiblesDocument;

/// <summary>Another element the document belongs to.</summary>
internal sealed record CibleRequest(string? CibleType, Guid? CibleId);
