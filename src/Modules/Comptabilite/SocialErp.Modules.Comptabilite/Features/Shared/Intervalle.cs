using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.Features.Shared;

/// <summary>The <c>du</c>/<c>au</c> (or <c>date</c>) of ledger queries: <c>au</c> defaults to today.</summary>
internal static class Intervalle
{
    public static Result<(DateOnly? Du, DateOnly Au)> Lire(DateOnly? du, DateOnly? au, TimeProvider timeProvider)
    {
        var fin = au ?? timeProvider.Aujourdhui();
        return du > fin ? Error.Validation("du", "« du » doit précéder « au ».") : (du, fin);
    }
}
