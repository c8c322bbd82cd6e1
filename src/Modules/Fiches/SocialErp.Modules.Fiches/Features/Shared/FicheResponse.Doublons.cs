using System.Text.Json.Serialization;
using SocialErp.Modules.Fiches.Features.Doublons;

namespace SocialErp.Modules.Fiches.Features.Shared;

internal sealed partial record FicheResponse
{
    /// <summary>
    /// On creation only: existing fiches that may be the same person, as a warning (the fiche is created anyway).
    /// Absent from other responses.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DoublonResponse>? Doublons { get; init; }
}
