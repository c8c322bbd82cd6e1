namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>A follow-up planned on a memo: who must follow up, by which day. The Journal holds it as a due date.</summary>
internal sealed record RelanceMemo(DateOnly Date, Guid ResponsableId);
