namespace SocialErp.Modules.Ged.Domain;

/// <summary>
/// One stored content of a document: its number, file name, sniffed content type, size and SHA-256 (the key of the
/// content in the blob store, shared by identical contents), and who stored it when.
/// </summary>
internal sealed class VersionDocument
{
    private VersionDocument()
    {
        NomFichier = "";
        TypeContenu = "";
        Sha256 = "";
    }

    public VersionDocument(Guid documentId, int numero, ContenuVerifie contenu, string? commentaire, DateTime deposeLe, Guid? deposePar)
    {
        Id = Guid.CreateVersion7();
        DocumentId = documentId;
        Numero = numero;
        NomFichier = contenu.NomFichier;
        TypeContenu = contenu.TypeContenu;
        Taille = contenu.Taille;
        Sha256 = contenu.Sha256;
        Commentaire = commentaire;
        DeposeLe = deposeLe;
        DeposePar = deposePar;
    }

    public Guid Id { get; private set; }

    public Guid DocumentId { get; private set; }

    public int Numero { get; private set; }

    public string NomFichier { get; private set; }

    public string TypeContenu { get; private set; }

    public long Taille { get; private set; }

    public string Sha256 { get; private set; }

    public string? Commentaire { get; private set; }

    public DateTime DeposeLe { get; private set; }

    public Guid? DeposePar { get; private set; }
}
