using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>
/// One membership period exactly as Dossiers' latest <c>UniteAllocationModifiee</c> snapshot gave it, before fiche
/// merges are applied: <see cref="MembreUniteAllocation"/> is derived from these and the re-pointing records, so a
/// merge or its undoing can recompute the membership whatever order the events arrive in.
/// </summary>
[NonAudite]
internal sealed class PeriodeUniteAllocationRecue
{
    private PeriodeUniteAllocationRecue()
    {
        Role = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    public Guid FicheId { get; private set; }

    public string Role { get; private set; }

    public DateOnly Du { get; private set; }

    public DateOnly? Au { get; private set; }

    public static PeriodeUniteAllocationRecue De(Guid dossierId, Guid ficheId, string role, DateOnly du, DateOnly? au) => new()
    {
        Id = Guid.CreateVersion7(),
        DossierId = dossierId,
        FicheId = ficheId,
        Role = role,
        Du = du,
        Au = au,
    };
}
