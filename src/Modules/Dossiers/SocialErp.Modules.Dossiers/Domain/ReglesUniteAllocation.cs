using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>
/// The allocation unit's invariants: a person's periods never overlap, and at every date where the unit has
/// members it has exactly one requérant.
/// </summary>
internal static class ReglesUniteAllocation
{
    public static Result Verifier(IReadOnlyList<PeriodeSaisie> periodes)
    {
        for (var i = 0; i < periodes.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (periodes[i].FicheId == periodes[j].FicheId && periodes[i].Chevauche(periodes[j]))
                {
                    return UniteAllocationErrors.Chevauchement(i, j);
                }
            }
        }

        // Counts only change where a period starts or the day after one ends: checking those dates covers all.
        var dates = periodes.Select(p => p.Du)
            .Concat(periodes.Where(p => p.Au is not null && p.Au < DateOnly.MaxValue).Select(p => p.Au!.Value.AddDays(1)))
            .Distinct()
            .Order();
        foreach (var date in dates)
        {
            var actives = periodes.Where(p => p.Couvre(date)).ToList();
            if (actives.Count == 0)
            {
                continue;
            }

            var requerants = actives.Count(p => p.Role == RolesMembre.Requerant);
            if (requerants > 1)
            {
                return UniteAllocationErrors.DeuxRequerants(date);
            }

            if (requerants == 0)
            {
                return UniteAllocationErrors.SansRequerant(date);
            }
        }

        return Result.Success();
    }
}
