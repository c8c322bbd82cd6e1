namespace SocialErp.SharedKernel.Audit;

/// <summary>One changed field: its name and its values before and after, in invariant text form.</summary>
public sealed record ChangementChamp(string Champ, string? Ancienne, string? Nouvelle);
