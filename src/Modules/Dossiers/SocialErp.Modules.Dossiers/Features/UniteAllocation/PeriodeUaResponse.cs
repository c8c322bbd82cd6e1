using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Features.UniteAllocation;

/// <summary>A membership period of the allocation unit, <c>du</c> to <c>au</c> inclusive (null: ongoing).</summary>
internal sealed record PeriodeUaResponse(Guid FicheId, string Role, DateOnly Du, DateOnly? Au)
{
    public static PeriodeUaResponse From(PeriodeUa periode) => new(periode.FicheId, periode.Role, periode.Du, periode.Au);
}

/// <summary>The allocation unit: its periods (all, or those covering <c>date</c> when asked) and its version.</summary>
internal sealed record UniteAllocationResponse(DateOnly? Date, IReadOnlyList<PeriodeUaResponse> Periodes, long VersionUniteAllocation)
{
    public static UniteAllocationResponse From(Dossier dossier, DateOnly? date) => new(
        date,
        (date is { } jour ? dossier.UniteAllocationAu(jour) : dossier.PeriodesUa.OrderBy(p => p.Du).ThenBy(p => p.Role).ToList())
            .Select(PeriodeUaResponse.From).ToList(),
        dossier.VersionUniteAllocation);
}
