namespace SocialErp.Modules.Journal.Features.Shared;

/// <summary>A due date carried by an entry: by when, who, what.</summary>
internal sealed record EcheanceRequest(DateOnly? Date, Guid? ResponsableId, string? Action);
