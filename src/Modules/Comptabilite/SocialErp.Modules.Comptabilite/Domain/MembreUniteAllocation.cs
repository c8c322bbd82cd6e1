using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>
/// Local projection of one membership period of a fiche in a dossier's allocation unit (from Dossiers'
/// <c>UniteAllocationModifiee</c> events): from <see cref="Du"/> to <see cref="Au"/> inclusive, open when null.
/// </summary>
[NonAudite]
internal sealed class MembreUniteAllocation
{
    private MembreUniteAllocation()
    {
        Role = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    public Guid FicheId { get; private set; }

    public string Role { get; private set; }

    public DateOnly Du { get; private set; }

    public DateOnly? Au { get; private set; }

    public static MembreUniteAllocation Periode(Guid dossierId, Guid ficheId, string role, DateOnly du, DateOnly? au) => new()
    {
        Id = Guid.CreateVersion7(),
        DossierId = dossierId,
        FicheId = ficheId,
        Role = role,
        Du = du,
        Au = au,
    };

    public bool Couvre(DateOnly date) => date >= Du && (Au is null || date <= Au);
}
