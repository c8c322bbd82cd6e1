namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>The <c>Audit</c> configuration section.</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>
    /// Record a mutation event for every change of an audited entity (the journal des mutations). On by default;
    /// switching it off exists to measure what the audit trail costs a write (docs/performance.md), not for production.
    /// </summary>
    public bool Enabled { get; set; } = true;
}
