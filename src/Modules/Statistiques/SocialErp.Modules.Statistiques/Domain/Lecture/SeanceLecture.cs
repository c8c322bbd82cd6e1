using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Statistiques.Domain.Lecture;

/// <summary>A session (séance) of a dossier in its latest known state: the service units of the OFAS reporting.</summary>
[NonAudite]
internal sealed class SeanceLecture
{
    public Guid SeanceId { get; set; }

    public Guid DossierId { get; set; }

    public DateTime Debut { get; set; }

    public DateTime Fin { get; set; }

    public decimal DureeHeures { get; set; }

    public string Etat { get; set; } = "";

    public string? Presence { get; set; }

    public DateTime MiseAJour { get; set; }
}
