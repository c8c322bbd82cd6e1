using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Journal.Domain;

/// <summary>
/// The Journal's copy of a dossier's session from <c>dossiers.seance-modifiee.v1</c>: what the day-before reminder job
/// reads (sessions still planned that start the next day).
/// </summary>
[NonAudite]
internal sealed class SeanceSuivie
{
    private SeanceSuivie()
    {
    }

    public Guid SeanceId { get; private set; }

    public Guid DossierId { get; private set; }

    public DateTime Debut { get; private set; }

    public DateTime Fin { get; private set; }

    /// <summary>planifiee | realisee | annulee | reportee.</summary>
    public string Etat { get; private set; } = "";

    /// <summary>When Dossiers published the state applied: an older state delivered late is ignored.</summary>
    public DateTime PublieeLe { get; private set; }

    public static SeanceSuivie Nouvelle(Guid seanceId, Guid dossierId) => new() { SeanceId = seanceId, DossierId = dossierId };

    /// <summary>Applies a published state; false (nothing changed) when it is older than the one applied.</summary>
    public bool Appliquer(DateTime debut, DateTime fin, string etat, DateTime publieeLe)
    {
        if (publieeLe < PublieeLe)
        {
            return false;
        }

        Debut = debut;
        Fin = fin;
        Etat = etat;
        PublieeLe = publieeLe;
        return true;
    }
}
