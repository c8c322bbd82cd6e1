namespace SocialErp.SharedKernel.Domain;

/// <summary>
/// An aggregate root guarded by optimistic concurrency: <see cref="Version"/> is incremented by the platform on
/// every save and exposed to clients as the ETag.
/// </summary>
public interface IVersionedEntity
{
    long Version { get; }
}
