namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>Charge and revenue types (analytic dimension of lines, default from the account).</summary>
internal static class TypesCharge
{
    public static IReadOnlyList<string> Tous { get; } =
    [
        "entretien", "logement", "assurance-maladie", "prestation-medicale", "conseil", "assistance", "formation",
        "situation", "remboursement", "participation-tiers", "subvention", "remise-dette", "autre",
    ];
}
