using SocialErp.SharedKernel.Paging;

namespace SocialErp.SharedKernel.Specifications;

public static class PagingExtensions
{
    /// <summary>One page of what a paged specification matches, mapped, with the total across all pages.</summary>
    public static async Task<PagedList<TResult>> PageAsync<T, TResult>(
        this IReadRepositoryBase<T> repository,
        ISpecification<T> specification,
        PageRequest page,
        Func<T, TResult> map,
        CancellationToken cancellationToken)
        where T : class
    {
        var items = await repository.ListAsync(specification, cancellationToken);
        var total = await repository.CountAsync(specification, cancellationToken);
        return new PagedList<TResult>(items.Select(map).ToList(), page.Page, page.PageSize, total);
    }
}
