using Microsoft.AspNetCore.Http;

namespace SocialErp.Modules.Ged.Features.Versions;

/// <summary>A new content for a document (multipart <c>fichier</c>) and an optional comment.</summary>
internal sealed class AjouterVersionForm
{
    public IFormFile? Fichier { get; set; }

    public string? Commentaire { get; set; }
}
