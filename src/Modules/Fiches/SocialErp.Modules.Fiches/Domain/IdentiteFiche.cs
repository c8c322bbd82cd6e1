namespace SocialErp.Modules.Fiches.Domain;

/// <summary>The data a user enters for a fiche (scalar fields, categories, contacts, preferences), validated and normalised.</summary>
internal sealed record IdentiteFiche(
    TypeFiche Type,
    string Nom,
    string? Prenom,
    DateOnly? DateNaissance,
    string? NumeroAvs,
    string? Email)
{
    public string? AutresNoms { get; init; }

    public Sexe? Sexe { get; init; }

    public EtatCivil? EtatCivil { get; init; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public string? Nationalite { get; init; }

    /// <summary>ISO 639-1, lower case.</summary>
    public string? Langue { get; init; }

    public PermisSejour? PermisSejour { get; init; }

    public int? CommuneResidence { get; init; }

    /// <summary>CHE and 9 digits.</summary>
    public string? NumeroIde { get; init; }

    public string? FormeJuridique { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<FicheContact> Contacts { get; init; } = [];

    public IReadOnlyDictionary<TypeMessage, CanalNotification> Preferences { get; init; } =
        new Dictionary<TypeMessage, CanalNotification>();
}
