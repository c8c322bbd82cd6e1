namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>
/// Categories of social debt (repayable amounts): advances, loans, and undue payments received lawfully or
/// unlawfully (SKOS E.3). Each debt account carries one.
/// </summary>
internal static class CategoriesDette
{
    public const string Avance = "avance";
    public const string Pret = "pret";
    public const string InduLicite = "indu-licite";
    public const string InduIllicite = "indu-illicite";

    public static IReadOnlyList<string> Toutes { get; } = [Avance, Pret, InduLicite, InduIllicite];
}
