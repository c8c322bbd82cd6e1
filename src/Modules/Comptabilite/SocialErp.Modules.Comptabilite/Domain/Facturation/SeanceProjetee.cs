using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Comptabilite.Domain.Facturation;

/// <summary>
/// A dossier's session as Dossiers last published it (<c>SeanceModifiee</c>), with the calendar day it starts on:
/// billing reads the sessions signed present. Replaced by a later event, never by an older one.
/// </summary>
[NonAudite]
internal sealed class SeanceProjetee
{
    public const string Planifiee = "planifiee";
    public const string Realisee = "realisee";
    public const string Present = "present";

    private SeanceProjetee()
    {
        Etat = string.Empty;
    }

    public Guid SeanceId { get; private set; }

    public Guid DossierId { get; private set; }

    public DateTime Debut { get; private set; }

    /// <summary>The day <see cref="Debut"/> falls on in the service's time zone: the month a session is billed in.</summary>
    public DateOnly Jour { get; private set; }

    public decimal DureeHeures { get; private set; }

    public string Etat { get; private set; }

    public string? Presence { get; private set; }

    /// <summary>When Dossiers published the state held: an event older than this one is stale.</summary>
    public DateTime EtatDu { get; private set; }

    public bool EstFacturable => Etat == Realisee && Presence == Present;

    public static SeanceProjetee Pour(Guid seanceId) => new() { SeanceId = seanceId };

    public bool AccepteEtatDu(DateTime publieLe) => EtatDu == default || publieLe >= EtatDu;

    public void Remplacer(Guid dossierId, DateTime debut, DateOnly jour, decimal dureeHeures, string etat, string? presence, DateTime publieLe)
    {
        DossierId = dossierId;
        Debut = debut;
        Jour = jour;
        DureeHeures = dureeHeures;
        Etat = etat;
        Presence = presence;
        EtatDu = publieLe;
    }
}
