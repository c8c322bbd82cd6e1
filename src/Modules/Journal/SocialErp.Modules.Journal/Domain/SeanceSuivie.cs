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

    public static SeanceSuivie Nouvelle(Guid seanceId, Guid dossierId) => new() { SeanceId = seanceId, DossierId = dossierId };

    public void Appliquer(DateTime debut, DateTime fin, string etat)
    {
        Debut = debut;
        Fin = fin;
        Etat = etat;
    }
}
