using SocialErp.Modules.Ged.Domain;

namespace SocialErp.Modules.Ged.Features.Shared;

/// <summary>One version of a document's content (download it with <c>GET /api/documents/{id}/contenu?version=n</c>).</summary>
internal sealed record VersionResponse(
    int Numero,
    string NomFichier,
    string TypeContenu,
    long Taille,
    string Sha256,
    string? Commentaire,
    DateTime DeposeLe,
    Guid? DeposePar)
{
    public static VersionResponse From(VersionDocument version) => new(
        version.Numero, version.NomFichier, version.TypeContenu, version.Taille, version.Sha256, version.Commentaire,
        version.DeposeLe, version.DeposePar);
}
