namespace SocialErp.Modules.Comptabilite.Domain.Facturation;

/// <summary>
/// A debtor agreement: a debtor (insurer, office, canton…) is invoiced periodically for a dossier's re-billable
/// valued services. Each run invoices one period (month, quarter, semester) once per agreement.
/// </summary>
internal sealed class ConventionFacturation
{
    private ConventionFacturation()
    {
        TypeDebiteur = string.Empty;
        Periodicite = string.Empty;
        Libelle = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid DebiteurId { get; private set; }

    public string TypeDebiteur { get; private set; }

    public Guid DossierId { get; private set; }

    public string Periodicite { get; private set; }

    public string Libelle { get; private set; }

    public DateOnly Du { get; private set; }

    public DateOnly? Au { get; private set; }

    public DateTime CreeLe { get; private set; }

    public static ConventionFacturation Conclure(
        Guid debiteurId, string typeDebiteur, Guid dossierId, string periodicite, string libelle, DateOnly du, DateOnly? au, DateTime le) => new()
    {
        Id = Guid.CreateVersion7(),
        DebiteurId = debiteurId,
        TypeDebiteur = typeDebiteur,
        DossierId = dossierId,
        Periodicite = periodicite,
        Libelle = libelle,
        Du = du,
        Au = au,
        CreeLe = le,
    };

    public bool Couvre(DateOnly debut, DateOnly fin) => Du <= fin && (Au is null || Au >= debut);
}
