namespace SocialErp.Modules.Comptabilite.Domain.Facturation;

/// <summary>
/// Who an invoice is addressed to, and where it is posted: the receivable account (debtor class of the default
/// chart) and the default revenue account of its lines.
/// </summary>
internal static class TypesDebiteur
{
    public static IReadOnlyDictionary<string, (string CompteDebiteur, string CompteRevenu)> Imputations { get; } =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["office"] = ("1041", "4261"),
            ["assurance"] = ("1041", "4261"),
            ["tutelle"] = ("1042", "4262"),
            ["parent"] = ("1042", "4262"),
            ["beneficiaire"] = ("1042", "4260"),
            ["tiers"] = ("1042", "4262"),
            ["canton"] = ("1043", "4262"),
            ["commune"] = ("1043", "4262"),
        };

    public static IReadOnlyList<string> Tous { get; } = [.. Imputations.Keys];

    public static bool EstConnu(string? type) => type is not null && Imputations.ContainsKey(type);
}
