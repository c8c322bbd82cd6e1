namespace SocialErp.SharedKernel.Specifications;

/// <summary>
/// Reads and tracks aggregates of one type. Unlike Ardalis' repositories it never saves: the command's
/// <see cref="IUnitOfWork"/> commits once, so business rows and outbox rows share one transaction.
/// </summary>
public interface IRepositoryBase<T> : IReadRepositoryBase<T>
    where T : class
{
    void Add(T entity);

    void Remove(T entity);
}
