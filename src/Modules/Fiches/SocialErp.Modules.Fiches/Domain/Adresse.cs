namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// A postal address of a fiche, valid over a period: a new address of a type closes the previous one the
/// day before, so the history stays and the address at any date is known.
/// </summary>
internal sealed class Adresse
{
    private Adresse()
    {
        Npa = "";
        Localite = "";
        Pays = "";
    }

    private Adresse(Guid id, AdresseSaisie saisie)
    {
        Id = id;
        Type = saisie.Type;
        Rue = saisie.Rue;
        Numero = saisie.Numero;
        Complement = saisie.Complement;
        CasePostale = saisie.CasePostale;
        Npa = saisie.Npa;
        Localite = saisie.Localite;
        Pays = saisie.Pays;
        CommuneBfs = saisie.CommuneBfs;
        ValideDu = saisie.ValideDu;
        ValideAu = saisie.ValideAu;
    }

    public Guid Id { get; private set; }

    public Guid FicheId { get; private set; }

    public TypeAdresse Type { get; private set; }

    public string? Rue { get; private set; }

    public string? Numero { get; private set; }

    public string? Complement { get; private set; }

    public string? CasePostale { get; private set; }

    public string Npa { get; private set; }

    public string Localite { get; private set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string Pays { get; private set; }

    /// <summary>BFS number of the commune, for Swiss addresses.</summary>
    public int? CommuneBfs { get; private set; }

    public DateOnly ValideDu { get; private set; }

    public DateOnly? ValideAu { get; private set; }

    public static Adresse Creer(AdresseSaisie saisie) => new(Guid.CreateVersion7(), saisie);

    /// <summary>A copy for another fiche (a merge), valid until <paramref name="valideAu"/>.</summary>
    public Adresse Reprendre(DateOnly? valideAu) =>
        new(Guid.CreateVersion7(), new AdresseSaisie(Type, Rue, Numero, Complement, CasePostale, Npa, Localite, Pays, CommuneBfs, ValideDu, valideAu));

    public bool EstValideLe(DateOnly date) => ValideDu <= date && (ValideAu is null || ValideAu >= date);

    public void Fermer(DateOnly dernierJour) => ValideAu = dernierJour;
}
