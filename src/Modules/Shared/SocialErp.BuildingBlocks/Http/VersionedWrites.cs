using Microsoft.AspNetCore.Http;
using SocialErp.SharedKernel.Results;

namespace SocialErp.BuildingBlocks.Http;

/// <summary>The HTTP side of every write guarded by optimistic concurrency.</summary>
public static class VersionedWrites
{
    /// <summary>
    /// Reads If-Match (400 when unreadable), runs the write with the version it asks for, and on success sets the
    /// written aggregate's new version as the response's ETag.
    /// </summary>
    public static async Task<Result<T>> RunAsync<T>(HttpContext context, Func<long?, Task<Result<T>>> write, Func<T, long> version)
    {
        var ifMatch = ETags.ReadIfMatch(context.Request);
        if (!ifMatch.IsSuccess)
        {
            return ifMatch.Error!;
        }

        var result = await write(ifMatch.Value);
        if (result.IsSuccess)
        {
            ETags.Set(context.Response, version(result.Value));
        }

        return result;
    }
}
