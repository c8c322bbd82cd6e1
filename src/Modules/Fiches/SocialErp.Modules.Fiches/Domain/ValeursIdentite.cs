namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// A fiche's scalar identity and contact values, as a merge reads, chooses and records them (<see cref="ChampsFusion"/>).
/// Merge records written before a field was choosable lack it in their JSON: it reads null there, and their
/// <c>champsRepris</c> never names it.
/// </summary>
internal sealed record ValeursIdentite(
    string Nom,
    string? Prenom,
    DateOnly? DateNaissance,
    string? NumeroAvs,
    string? Email)
{
    public string? AutresNoms { get; init; }

    public Sexe? Sexe { get; init; }

    public EtatCivil? EtatCivil { get; init; }

    public string? Nationalite { get; init; }

    public string? Langue { get; init; }

    public PermisSejour? PermisSejour { get; init; }

    public int? CommuneResidence { get; init; }

    public string? NumeroIde { get; init; }

    public string? FormeJuridique { get; init; }
}
