using Microsoft.AspNetCore.Http;

namespace SocialErp.Modules.Ged.Features.BoiteReception;

/// <summary>A batch of scanned files (multipart, each in a <c>fichiers</c> part) and their common document type.</summary>
internal sealed class DeposerLotForm
{
    public IFormFileCollection? Fichiers { get; set; }

    public string? Type { get; set; }
}
