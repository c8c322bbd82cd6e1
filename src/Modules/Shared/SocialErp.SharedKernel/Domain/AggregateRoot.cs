namespace SocialErp.SharedKernel.Domain;

/// <summary>Base of aggregate roots: a UUID v7 identity and a concurrency version.</summary>
public abstract class AggregateRoot : IVersionedEntity
{
    protected AggregateRoot(Guid id) => Id = id;

    public Guid Id { get; private set; }

    public long Version { get; private set; }
}
