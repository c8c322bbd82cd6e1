namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>The four MCH2 classes an account belongs to, as they travel in the API.</summary>
internal static class ClassesCompte
{
    public const string Actif = "actif";
    public const string Passif = "passif";
    public const string Charge = "charge";
    public const string Revenu = "revenu";

    public static IReadOnlyList<string> Toutes { get; } = [Actif, Passif, Charge, Revenu];
}
