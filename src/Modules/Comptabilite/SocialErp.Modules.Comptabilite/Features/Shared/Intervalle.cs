using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Features.Shared;

/// <summary>The <c>du</c>/<c>au</c> (or <c>date</c>) of ledger queries: <c>au</c> defaults to today.</summary>
internal static class Intervalle
{
    public static DateOnly Aujourdhui(TimeProvider timeProvider) => DateOnly.FromDateTime(timeProvider.GetLocalNow().DateTime);

    public static Result<(DateOnly? Du, DateOnly Au)> Lire(DateOnly? du, DateOnly? au, TimeProvider timeProvider)
    {
        var fin = au ?? Aujourdhui(timeProvider);
        return du > fin ? Error.Validation("du", "« du » doit précéder « au ».") : (du, fin);
    }
}
