using Microsoft.AspNetCore.Http;

namespace SocialErp.Modules.Comptabilite.Features.Encaissements;

/// <summary>The bank file as a multipart upload (field <c>fichier</c>); the raw XML body is accepted as well.</summary>
internal sealed class ImportCamtForm
{
    public IFormFile? Fichier { get; set; }
}
