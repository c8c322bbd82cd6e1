using Microsoft.AspNetCore.Http;

namespace SocialErp.Modules.Ged.Features.DeposerDocument;

/// <summary>
/// The multipart upload: <c>fichier</c> and the metadata. <c>type</c>: one of the configured document types;
/// <c>date</c>: the document's date (today by default); <c>direction</c>: entrant (default) | produit;
/// <c>confidentialite</c>: normale (default) | confidentielle; <c>cibleType</c> + <c>cibleId</c>: the element it belongs
/// to (add others with <c>POST /api/documents/{id}/cibles</c>).
/// </summary>
internal sealed class DeposerDocumentForm
{
    public IFormFile? Fichier { get; set; }

    public string? Titre { get; set; }

    public string? Type { get; set; }

    public DateOnly? Date { get; set; }

    public string? Direction { get; set; }

    public string? Confidentialite { get; set; }

    public string? Description { get; set; }

    public string? CibleType { get; set; }

    public Guid? CibleId { get; set; }
}
