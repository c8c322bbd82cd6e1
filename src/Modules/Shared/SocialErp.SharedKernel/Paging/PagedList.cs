namespace SocialErp.SharedKernel.Paging;

/// <summary>The list envelope every paged endpoint answers: <c>{ items, page, pageSize, total }</c>.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
