using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Ged.Domain;

/// <summary>
/// The searchable text of a document: title, description, file name and the text extracted from its current content.
/// The full-text index over it is the database's (SQLite FTS5, PostgreSQL tsvector 'french'); the integer key is the
/// stable row id the SQLite index points at.
/// </summary>
[NonAudite]
internal sealed class TexteDocument
{
    private TexteDocument()
    {
        Texte = "";
    }

    public TexteDocument(Guid documentId, string texte)
    {
        DocumentId = documentId;
        Texte = texte;
    }

    public long Id { get; private set; }

    public Guid DocumentId { get; private set; }

    public string Texte { get; private set; }

    public void Remplacer(string texte) => Texte = texte;
}
