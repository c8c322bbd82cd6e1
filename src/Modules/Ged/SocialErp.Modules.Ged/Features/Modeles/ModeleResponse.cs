using SocialErp.Modules.Ged.Domain;

namespace SocialErp.Modules.Ged.Features.Modeles;

/// <summary>A mail-merge template and the merge fields it uses.</summary>
internal sealed record ModeleResponse(
    Guid Id,
    string Code,
    string Nom,
    string TypeDocument,
    string NomFichier,
    long Taille,
    IReadOnlyList<string> Champs,
    DateTime ModifieLe,
    long Version)
{
    public static ModeleResponse From(Modele modele) => new(
        modele.Id, modele.Code, modele.Nom, modele.TypeDocument, modele.NomFichier, modele.Taille, modele.ListeChamps, modele.ModifieLe, modele.Version);
}
