namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>
/// A complete funding as the user enters it, checked for shape by the validator; with a catalogue convention
/// (<c>ConventionId</c>), what the user omitted is the convention's.
/// </summary>
internal sealed record DonneesFinancement(
    Guid? ConventionId,
    string? ConventionReference,
    DateOnly? ConventionDu,
    DateOnly? ConventionAu,
    decimal? HeuresFinancees,
    Guid FinanceurPrincipalId,
    string TypeFinanceur,
    string ModeMontant,
    decimal Montant,
    string? Repartition,
    decimal? PartPrincipale,
    IReadOnlyList<(Guid FicheId, decimal Part)> CoFinanceurs);

internal static class TypesFinanceur
{
    public const string Public = "public";
    public const string Prive = "prive";
    public const string Mixte = "mixte";

    public static IReadOnlyList<string> Tous { get; } = [Public, Prive, Mixte];
}

internal static class ModesMontant
{
    public const string Total = "total";
    public const string TauxHoraire = "taux-horaire";
    public const string Forfait = "forfait";

    public static IReadOnlyList<string> Tous { get; } = [Total, TauxHoraire, Forfait];
}

internal static class Repartitions
{
    public const string Pourcentage = "pourcentage";
    public const string Montant = "montant";

    public static IReadOnlyList<string> Toutes { get; } = [Pourcentage, Montant];
}
