namespace SocialErp.SharedKernel.Specifications;

/// <summary>Commits one command's changes, its audit events and its integration events in one transaction.</summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken);
}
