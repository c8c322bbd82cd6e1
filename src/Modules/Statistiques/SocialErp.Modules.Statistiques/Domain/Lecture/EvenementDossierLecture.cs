using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Statistiques.Domain.Lecture;

/// <summary>A typed event recorded on a dossier (Entrée, Sortie positive, Abandon…).</summary>
[NonAudite]
internal sealed class EvenementDossierLecture
{
    public Guid EvenementId { get; set; }

    public Guid DossierId { get; set; }

    public string TypeCode { get; set; } = "";

    public string TypeLibelle { get; set; } = "";

    public DateOnly Date { get; set; }

    public string? Motif { get; set; }

    public string? NouveauStatut { get; set; }
}
