namespace SocialErp.SharedKernel.Audit;

/// <summary>
/// An audited entity some of whose instances a module creates from another module's event. Such a creation is traced
/// by that event, whose id the instance keeps, so the platform does not audit it a second time (it would be one more
/// message on the bus for every event). What users change afterwards is audited as usual.
/// </summary>
public interface ICreeeParEvenement
{
    /// <summary>Whether this instance was created from an event (and keeps its id).</summary>
    bool CreeeParEvenement { get; }
}
