using System.Text.Json.Serialization;
using SocialErp.Modules.Fiches.Features.Doublons;

namespace SocialErp.Modules.Fiches.Features.Shared;

internal sealed partial record FicheResponse
{
    /// <summary>
    /// On writes only (POST, PUT, PATCH): existing fiches that may be the same person, as a warning (the write is
    /// done anyway). Absent from GET and from lists, which never run a duplicate search (GET .../doublons does).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DoublonResponse>? Doublons { get; init; }
}
