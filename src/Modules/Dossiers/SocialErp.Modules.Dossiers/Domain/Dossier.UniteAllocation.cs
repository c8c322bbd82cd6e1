using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Domain;

internal sealed partial class Dossier
{
    /// <summary>
    /// Replaces the allocation unit's periods (the complete history, past periods included) after checking they
    /// concern members, never overlap for one person and always have exactly one requérant.
    /// </summary>
    public Result RemplacerUniteAllocation(IReadOnlyList<PeriodeSaisie> periodes, DateTime maintenant)
    {
        for (var i = 0; i < periodes.Count; i++)
        {
            if (_membres.All(m => m.FicheId != periodes[i].FicheId))
            {
                return UniteAllocationErrors.NonMembre(i);
            }
        }

        var regles = ReglesUniteAllocation.Verifier(periodes);
        if (!regles.IsSuccess)
        {
            return regles;
        }

        _periodesUa.Clear();
        foreach (var periode in periodes.OrderBy(p => p.Du))
        {
            _periodesUa.Add(new PeriodeUa(Guid.CreateVersion7(maintenant), Id, periode.FicheId, periode.Role, periode.Du, periode.Au));
        }

        VersionUniteAllocation++;
        ModifieLe = maintenant;
        return Result.Success();
    }

    public IReadOnlyList<PeriodeUa> UniteAllocationAu(DateOnly date) =>
        _periodesUa.Where(p => p.Couvre(date)).OrderBy(p => p.Du).ToList();
}
