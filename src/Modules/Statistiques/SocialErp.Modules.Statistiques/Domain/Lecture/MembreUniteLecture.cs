using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Statistiques.Domain.Lecture;

/// <summary>One membership period of a person in a dossier's allocation unit (Au null = still a member).</summary>
[NonAudite]
internal sealed class MembreUniteLecture
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    public Guid FicheId { get; set; }

    public string Role { get; set; } = "";

    public DateOnly Du { get; set; }

    public DateOnly? Au { get; set; }

    public bool EstMembreLe(DateOnly date) => Du <= date && (Au is null || Au >= date);
}
