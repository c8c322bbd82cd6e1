namespace SocialErp.Modules.Ged.Contracts.Cibles;

/// <summary>
/// The kinds of element a document may belong to (<c>cibleType</c>). Each is answered by the module that owns it,
/// through an <see cref="IVisibiliteCibles"/> registered in DI.
/// </summary>
public static class TypesCible
{
    public const string Fiche = "fiche";
    public const string Dossier = "dossier";
    public const string EntreeJournal = "entree-journal";
    public const string Ecriture = "ecriture";
    public const string Facture = "facture";
    public const string Seance = "seance";

    public static readonly IReadOnlyList<string> Tous = [Fiche, Dossier, EntreeJournal, Ecriture, Facture, Seance];
}
