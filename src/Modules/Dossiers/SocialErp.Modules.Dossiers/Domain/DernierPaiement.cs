using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>
/// Projection of Comptabilité's payments: the date of a dossier's last ordinary payment, for the six-month rule.
/// </summary>
[NonAudite]
internal sealed class DernierPaiement
{
    public DernierPaiement(Guid dossierId, DateOnly date)
    {
        DossierId = dossierId;
        Date = date;
    }

    public Guid DossierId { get; private set; }

    public DateOnly Date { get; private set; }

    /// <summary>Keeps the later date, so a late or repeated message changes nothing.</summary>
    public void Recevoir(DateOnly date)
    {
        if (date > Date)
        {
            Date = date;
        }
    }
}
