using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Statistiques.Domain.Lecture;

/// <summary>
/// One integration event as the read model received it: the module's own event log. Handlers append here before
/// projecting, so the reporting tables can be rebuilt from scratch by replaying this log, without reading any other
/// module's tables (and whatever the other modules' message retention purged).
/// </summary>
[NonAudite]
internal sealed class EvenementSource
{
    public long Sequence { get; set; }

    public Guid EventId { get; set; }

    /// <summary>The event's wire name (<c>dossiers.dossier-ouvert.v1</c>).</summary>
    public string Type { get; set; } = "";

    public DateTime OccurredAt { get; set; }

    public DateTime RecuLe { get; set; }

    public string Payload { get; set; } = "";
}
