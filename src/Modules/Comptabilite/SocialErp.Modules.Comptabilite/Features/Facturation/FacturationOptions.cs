namespace SocialErp.Modules.Comptabilite.Features.Facturation;

/// <summary>
/// <c>Comptabilite:Facturation</c>: the service as creditor of its debtor invoices. <see cref="IbanQr"/> (a QR-IBAN)
/// receives payments with a QR reference, <see cref="Iban"/> (an ordinary IBAN) payments with a creditor reference;
/// the defaults are the SIX example accounts so a fresh installation issues valid QR-bills.
/// </summary>
internal sealed class FacturationOptions
{
    public const string Section = "Comptabilite:Facturation";

    public string Nom { get; set; } = "Service social régional";

    public string? Rue { get; set; } = "Rue du Centre";

    public string? Numero { get; set; } = "1";

    public string Npa { get; set; } = "1870";

    public string Localite { get; set; } = "Monthey";

    public string Pays { get; set; } = "CH";

    public string IbanQr { get; set; } = "CH4431999123000889012";

    public string Iban { get; set; } = "CH9300762011623852957";

    /// <summary>Days between an invoice's date and its due date.</summary>
    public int DelaiPaiementJours { get; set; } = 30;

    /// <summary>Days a dunning letter gives to pay.</summary>
    public int DelaiRappelJours { get; set; } = 10;

    /// <summary>The bank account (chart number) camt credits are booked on.</summary>
    public string CompteBanque { get; set; } = "1020";

    /// <summary>The clearing account for payments not (yet) assigned to an invoice.</summary>
    public string CompteAttente { get; set; } = "1090";

    /// <summary>
    /// From this day of the month after a period ends, the scheduled job invoices that period's agreements (0: no
    /// scheduled invoicing). The days before leave the workers time to record the period's last services.
    /// </summary>
    public int JourExecutionAutomatique { get; set; } = 5;

    /// <summary>
    /// The debtor kind (<see cref="Domain.Facturation.TypesDebiteur"/>) the funders are invoiced as for their dossiers'
    /// sessions: its receivable account, and the revenue account unless <see cref="CompteRevenuSeances"/> says otherwise.
    /// </summary>
    public string TypeDebiteurSeances { get; set; } = "tiers";

    /// <summary>The revenue account (class 4) session invoices credit; null: the debtor kind's.</summary>
    public string? CompteRevenuSeances { get; set; }

    /// <summary>When the scheduled job looks whether periods are due (Quartz cron, daily, in the service's time zone).</summary>
    public string Cron { get; set; } = "0 0 6 * * ?";
}
