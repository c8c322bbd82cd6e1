namespace SocialErp.Modules.Ged.Domain;

/// <summary>One element a document belongs to (a document may belong to several).</summary>
internal sealed class DocumentCible
{
    private DocumentCible()
    {
        CibleType = "";
    }

    public DocumentCible(Guid documentId, string cibleType, Guid cibleId)
    {
        DocumentId = documentId;
        CibleType = cibleType;
        CibleId = cibleId;
    }

    public Guid DocumentId { get; private set; }

    public string CibleType { get; private set; }

    public Guid CibleId { get; private set; }

    public bool Designe(string cibleType, Guid cibleId) => CibleType == cibleType && CibleId == cibleId;
}
