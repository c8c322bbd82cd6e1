namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// An identity field whose surviving value a merge lets the user choose (the list is <see cref="ChampsFusion"/>):
/// its API name, the type of fiche that has it, and how to read and copy it between <see cref="ValeursIdentite"/>.
/// </summary>
internal sealed class ChampFusion
{
    private readonly Func<ValeursIdentite, bool> _estVide;
    private readonly Func<ValeursIdentite, ValeursIdentite, ValeursIdentite> _reprendre;

    private ChampFusion(
        string nom, TypeFiche? type, bool completeParDefaut, Func<ValeursIdentite, bool> estVide, Func<ValeursIdentite, ValeursIdentite, ValeursIdentite> reprendre)
    {
        Nom = nom;
        Type = type;
        CompleteParDefaut = completeParDefaut;
        _estVide = estVide;
        _reprendre = reprendre;
    }

    /// <summary>The API name (<c>nom</c>, <c>sexe</c>, <c>numeroIde</c>…).</summary>
    public string Nom { get; }

    /// <summary>The only type of fiche that has the field; null when both have it.</summary>
    public TypeFiche? Type { get; }

    /// <summary>
    /// Without a choice, whether the absorbed fiche's value fills the kept fiche's empty one. False for the five
    /// fields choosable from the start (nom, prenom, dateNaissance, numeroAvs, email), which keep the kept fiche's value.
    /// </summary>
    public bool CompleteParDefaut { get; }

    public static ChampFusion De<T>(
        string nom, TypeFiche? type, bool completeParDefaut, Func<ValeursIdentite, T> lire, Func<ValeursIdentite, T, ValeursIdentite> ecrire) =>
        new(nom, type, completeParDefaut, v => lire(v) is null, (cible, source) => ecrire(cible, lire(source)));

    public bool Concerne(TypeFiche type) => Type is null || Type == type;

    public bool EstVide(ValeursIdentite valeurs) => _estVide(valeurs);

    /// <summary><paramref name="cible"/> with this field's value taken from <paramref name="source"/>.</summary>
    public ValeursIdentite Reprendre(ValeursIdentite cible, ValeursIdentite source) => _reprendre(cible, source);
}
