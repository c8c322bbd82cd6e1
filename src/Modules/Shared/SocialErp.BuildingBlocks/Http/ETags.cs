using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using SocialErp.SharedKernel.Results;

namespace SocialErp.BuildingBlocks.Http;

/// <summary>Versions as strong ETags (<c>"3"</c>) and the If-Match precondition of writes.</summary>
public static class ETags
{
    public static string Format(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void Set(HttpResponse response, long version) => response.Headers.ETag = Format(version);

    /// <summary>
    /// The version an If-Match header asks for: none when absent or "*", an error when unreadable.
    /// </summary>
    public static Result<long?> ReadIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return (long?)null;
        }

        if (EntityTagHeaderValue.TryParse(header.Trim(), out var tag)
            && long.TryParse(tag.Tag.AsSpan(1, tag.Tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return (long?)version;
        }

        return Error.Validation("If-Match", "L'en-tête If-Match doit contenir l'ETag reçu, par exemple \"3\".");
    }

    /// <summary>412 when the client's version is not the stored one.</summary>
    public static Result Check(long? expected, long actual) =>
        expected is null || expected == actual ? Result.Success() : Error.VersionObsolete;
}
