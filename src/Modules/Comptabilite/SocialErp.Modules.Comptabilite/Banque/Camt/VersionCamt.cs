namespace SocialErp.Modules.Comptabilite.Banque.Camt;

/// <summary>
/// The bank-to-customer messages read here, identified by the namespace of their root element: debit/credit
/// notifications (camt.054) and statements (camt.053), in the version of the Swiss Payment Standards 2022 (.08)
/// and the older one banks still send (.04). Their entries share one shape, so one reader serves all four.
/// </summary>
internal static class VersionCamt
{
    private const string Prefixe = "urn:iso:std:iso:20022:tech:xsd:";

    public static readonly IReadOnlyList<string> Connues =
        ["camt.054.001.04", "camt.054.001.08", "camt.053.001.04", "camt.053.001.08"];

    /// <summary>The message version (<c>camt.054.001.08</c>) of a root namespace, or null when it is not one of ours.</summary>
    public static string? DepuisEspaceDeNoms(string espaceDeNoms) =>
        espaceDeNoms.StartsWith(Prefixe, StringComparison.Ordinal) && Connues.Contains(espaceDeNoms[Prefixe.Length..])
            ? espaceDeNoms[Prefixe.Length..]
            : null;
}
