using SocialErp.Modules.Ged.Domain;

namespace SocialErp.Modules.Ged.Features.Shared;

/// <summary>
/// What the full-text index holds for a document: its metadata text, a record separator, then its current content's
/// text — so a metadata change rewrites the first part without reading the content again.
/// </summary>
internal static class TexteRecherche
{
    private const char Separateur = '\u001e';

    public static string De(Document document, string texteContenu) =>
        string.Join('\n', new[] { document.Titre, document.Type, document.Description, document.VersionCourante.NomFichier }
            .Where(t => !string.IsNullOrWhiteSpace(t)))
        + Separateur + texteContenu;

    public static string Remplacer(string texte, Document document) =>
        De(document, texte.Split(Separateur, 2) is [_, var contenu] ? contenu : "");
}
