using SocialErp.Modules.Comptabilite.Domain;

namespace SocialErp.Modules.Comptabilite.Features.Periodes;

/// <summary>A month's state and the trace of its closings and reopenings.</summary>
internal sealed record PeriodeResponse(string Periode, bool Cloturee, DateTime? ClotureeLe, Guid? ClotureePar, IReadOnlyList<TracePeriodeResponse> Historique)
{
    public static PeriodeResponse From(int annee, int mois, PeriodeComptable? periode, IEnumerable<TracePeriode> traces) => new(
        $"{annee:D4}-{mois:D2}",
        periode?.Cloturee ?? false,
        periode?.Cloturee == true ? periode.ClotureeLe : null,
        periode?.Cloturee == true ? periode.ClotureePar : null,
        traces.Where(t => t.Annee == annee && t.Mois == mois).OrderBy(t => t.Le).Select(t => new TracePeriodeResponse(t.Action, t.Le, t.Par, t.Motif)).ToList());
}

/// <summary>One close (<c>cloture</c>) or reopening (<c>reouverture</c>).</summary>
internal sealed record TracePeriodeResponse(string Action, DateTime Le, Guid? Par, string? Motif);
