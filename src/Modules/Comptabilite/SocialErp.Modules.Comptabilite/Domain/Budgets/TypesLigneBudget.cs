namespace SocialErp.Modules.Comptabilite.Domain.Budgets;

/// <summary>
/// The kinds of budget lines: resources the household receives and charges the budget recognises, each charge with
/// the account it is posted to (for an allocation) and the payable its payment goes through when a third party is paid.
/// </summary>
internal static class TypesLigneBudget
{
    public const string Ressource = "ressource";
    public const string Charge = "charge";

    public const string Entretien = "entretien";

    public static IReadOnlyList<string> Ressources { get; } = ["salaire", "rente", "prestation-ai-avs", "pension-alimentaire", "autre-ressource"];

    public static IReadOnlyList<string> Charges { get; } = [Entretien, "loyer", "assurance-maladie", "frais-medicaux", "situation", "formation", "autre-charge"];

    public static bool EstRessource(string type) => Ressources.Contains(type);

    /// <summary>The charge account of an allocation line (chart of <see cref="PlanComptableParDefaut"/>).</summary>
    public static string CompteCharge(string type) => type switch
    {
        Entretien => "3630",
        "loyer" => "3631",
        "assurance-maladie" => "3632",
        "frais-medicaux" => "3633",
        "formation" => "3635",
        _ => "3634",
    };

    /// <summary>The payable a third party's order goes through: régies for rent, insurers for premiums, else suppliers.</summary>
    public static string CompteCreancier(string type) => type switch
    {
        "loyer" => "2001",
        "assurance-maladie" => "2002",
        _ => "2000",
    };

    public static string? TypeCharge(string type) => type switch
    {
        Entretien => "entretien",
        "loyer" => "logement",
        "assurance-maladie" => "assurance-maladie",
        "frais-medicaux" => "prestation-medicale",
        "formation" => "formation",
        _ => "situation",
    };
}
