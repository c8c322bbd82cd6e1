using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Features.Shared;

/// <summary>A list of prestation codes a parameter is restricted to (event types, conventions): each must exist.</summary>
internal static class PrestationsConnues
{
    public static async Task<Result> VerifierAsync(IReadOnlyList<string>? prestations, DossiersDbContext db, CancellationToken ct)
    {
        var demandees = (prestations ?? []).Distinct().ToList();
        var connues = await db.Prestations.AsNoTracking().Where(p => demandees.Contains(p.Code)).Select(p => p.Code).ToListAsync(ct);
        var inconnues = demandees.Except(connues).ToList();
        return inconnues.Count == 0
            ? Result.Success()
            : Error.Validation("prestations", $"Prestation(s) inconnue(s) : {string.Join(", ", inconnues)}.");
    }
}
