namespace SocialErp.Modules.Dossiers.Features.Cycle;

/// <summary>A lifecycle step on a business date (default today) with its reason.</summary>
internal sealed record CycleRequest(DateOnly? Date = null, string? Motif = null);
