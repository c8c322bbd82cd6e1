using SocialErp.SharedKernel.Domain;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>
/// A member of a dossier holds a place of a structure over a period, at an occupancy rate, on the days of a weekly
/// planning (a standard plan's days unless chosen otherwise). A place holds one placement at a time.
/// </summary>
internal sealed class Placement : AggregateRoot
{
    private Placement(Guid id, Guid dossierId, DateTime creeLe)
        : base(id)
    {
        DossierId = dossierId;
        CreeLe = creeLe;
    }

    public Guid DossierId { get; private set; }

    public Guid FicheId { get; private set; }

    public string StructureCode { get; private set; } = "";

    public string PlaceCode { get; private set; } = "";

    public DateOnly Du { get; private set; }

    public DateOnly? Au { get; private set; }

    /// <summary>Percent, 0–100.</summary>
    public decimal TauxOccupation { get; private set; }

    public string? PlanningCode { get; private set; }

    /// <summary>Days as <see cref="JoursSemaine"/> codes, comma-separated.</summary>
    public string Jours { get; private set; } = "";

    public string? Remarque { get; private set; }

    public DateTime CreeLe { get; private set; }

    public static Placement Placer(
        Guid dossierId, Guid ficheId, PlaceStructure place, DateOnly du, DateOnly? au, decimal tauxOccupation, string? planningCode,
        IEnumerable<string> jours, string? remarque, DateTime maintenant) =>
        new(Guid.CreateVersion7(maintenant), dossierId, maintenant)
        {
            FicheId = ficheId,
            StructureCode = place.StructureCode,
            PlaceCode = place.Code,
            Du = du,
            Au = au,
            TauxOccupation = tauxOccupation,
            PlanningCode = planningCode,
            Jours = JoursSemaine.Stocker(jours),
            Remarque = remarque,
        };

    public void Repointer(Guid ficheId) => FicheId = ficheId;

    /// <summary>Sets (or moves) the last day of the placement; the place is free from the next day.</summary>
    public Result Terminer(DateOnly au)
    {
        if (au < Du)
        {
            return Error.Validation("au", "La fin du placement ne peut précéder son début.");
        }

        Au = au;
        return Result.Success();
    }
}
