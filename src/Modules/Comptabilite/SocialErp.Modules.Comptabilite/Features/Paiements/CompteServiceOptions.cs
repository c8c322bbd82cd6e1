namespace SocialErp.Modules.Comptabilite.Features.Paiements;

/// <summary>
/// The service's own bank account, the debtor of every transfer (section <c>Comptabilite:Banque</c>): name, Swiss IBAN,
/// BIC of the bank, and the ledger account it is booked on.
/// </summary>
internal sealed class CompteServiceOptions
{
    public const string Section = "Comptabilite:Banque";

    public string Nom { get; set; } = "Service social";

    public string Iban { get; set; } = "CH9300762011623852957";

    public string Bic { get; set; } = "POFICHBEXXX";

    public string CompteBanque { get; set; } = "1020";
}
