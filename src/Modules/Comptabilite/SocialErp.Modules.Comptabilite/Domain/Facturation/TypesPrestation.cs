namespace SocialErp.Modules.Comptabilite.Domain.Facturation;

/// <summary>
/// The kinds of service a worker renders and values on a dossier, each with the charge type and the charge account
/// of the default chart it is posted to (prestations médicales, conseil, assistance, formation).
/// </summary>
internal static class TypesPrestation
{
    public static IReadOnlyDictionary<string, (string TypeCharge, string Compte)> Imputations { get; } =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["conseil"] = ("conseil", "3100"),
            ["assistance"] = ("assistance", "3101"),
            ["medical"] = ("prestation-medicale", "3633"),
            ["formation"] = ("formation", "3635"),
        };

    public static IReadOnlyList<string> Tous { get; } = [.. Imputations.Keys];

    /// <summary>The revenue account valued services are credited to (internal charging, installed by the invoicing migration).</summary>
    public const string CompteImputationInterne = "4390";

    public static bool EstConnu(string? type) => type is not null && Imputations.ContainsKey(type);
}
