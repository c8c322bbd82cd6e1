using SocialErp.SharedKernel.Domain;

namespace SocialErp.Modules.Ged.Domain;

/// <summary>
/// A DOCX mail-merge template: a unique code (what Dossiers' event types name as <c>AttestationModele</c>), the type and
/// title of the documents it produces, its merge fields (checked at upload) and its content in the blob store.
/// Uploading a template with an existing code replaces its content.
/// </summary>
internal sealed class Modele : AggregateRoot
{
    private Modele(Guid id)
        : base(id)
    {
        Code = "";
        Nom = "";
        TypeDocument = "";
        NomFichier = "";
        Sha256 = "";
        Champs = "";
    }

    public string Code { get; private set; }

    public string Nom { get; private set; }

    /// <summary>The document type of what it produces (attestation, courrier sortant, décision…).</summary>
    public string TypeDocument { get; private set; }

    public string NomFichier { get; private set; }

    public long Taille { get; private set; }

    public string Sha256 { get; private set; }

    /// <summary>The merge fields the template uses, comma-separated, in order of first use.</summary>
    public string Champs { get; private set; }

    public DateTime CreeLe { get; private set; }

    public DateTime ModifieLe { get; private set; }

    public Guid? ModifiePar { get; private set; }

    public IReadOnlyList<string> ListeChamps => Champs.Length == 0 ? [] : Champs.Split(',');

    public static Modele Creer(string code, DateTime maintenant) =>
        new(Guid.CreateVersion7()) { Code = code, CreeLe = maintenant };

    public void Remplacer(string nom, string typeDocument, ContenuVerifie contenu, IReadOnlyList<string> champs, DateTime maintenant, Guid? auteur)
    {
        Nom = nom.Trim();
        TypeDocument = typeDocument;
        NomFichier = contenu.NomFichier;
        Taille = contenu.Taille;
        Sha256 = contenu.Sha256;
        Champs = string.Join(",", champs);
        ModifieLe = maintenant;
        ModifiePar = auteur;
    }
}
