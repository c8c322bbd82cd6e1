namespace SocialErp.Modules.Fiches.Domain;

/// <summary>One category of a fiche (codes of <c>CategoriesFiche</c>); a fiche may have several.</summary>
internal sealed class FicheCategorie
{
    public FicheCategorie(Guid ficheId, string categorie)
    {
        FicheId = ficheId;
        Categorie = categorie;
    }

    public Guid FicheId { get; private set; }

    public string Categorie { get; private set; }
}
