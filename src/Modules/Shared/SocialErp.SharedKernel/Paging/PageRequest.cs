namespace SocialErp.SharedKernel.Paging;

/// <summary>A page of a list as asked by a client: 1-based page, size capped at <see cref="MaxPageSize"/>.</summary>
public sealed record PageRequest(int Page = 1, int PageSize = PageRequest.DefaultPageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public int Skip => (Page - 1) * PageSize;
}
