namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// A fiche's scalar identity and contact values: what a user enters (<see cref="IdentiteFiche"/>, which adds the rest)
/// and what a merge reads, chooses (<see cref="ChampsFusion"/>) and records (<see cref="IdentiteAvantFusion"/>).
/// </summary>
internal abstract record ValeursIdentite(
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

    /// <summary>BFS commune number.</summary>
    public int? CommuneResidence { get; init; }

    /// <summary>CHE and 9 digits.</summary>
    public string? NumeroIde { get; init; }

    public string? FormeJuridique { get; init; }
}
