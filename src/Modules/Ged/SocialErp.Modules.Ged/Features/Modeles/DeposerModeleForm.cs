using Microsoft.AspNetCore.Http;

namespace SocialErp.Modules.Ged.Features.Modeles;

/// <summary>
/// A DOCX template (multipart <c>fichier</c>), its <c>code</c> (lower-case letters, digits and dashes: what Dossiers'
/// event types name), its <c>nom</c> and the <c>typeDocument</c> of what it produces.
/// </summary>
internal sealed class DeposerModeleForm
{
    public IFormFile? Fichier { get; set; }

    public string? Code { get; set; }

    public string? Nom { get; set; }

    public string? TypeDocument { get; set; }
}
