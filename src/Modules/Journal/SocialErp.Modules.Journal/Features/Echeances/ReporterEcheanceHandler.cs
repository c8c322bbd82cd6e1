using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Journal.Features.Echeances;

/// <summary>
/// Moves an open or overdue due date to a new date. A workflow's later steps keep their dates: each step's delay
/// counts from the workflow's start, not from the previous step.
/// </summary>
internal sealed class ReporterEcheanceHandler(JournalDbContext db, EcheancesModifiables echeances, ICurrentUser user, TimeProvider timeProvider)
{
    public async Task<Result<Echeance>> HandleAsync(Guid id, long? version, ReporterEcheanceRequest request, CancellationToken cancellationToken)
    {
        var charge = await echeances.ChargerAsync(id, version, cancellationToken);
        if (!charge.IsSuccess)
        {
            return charge;
        }

        var echeance = charge.Value;
        var report = echeance.Reporter(request.Date!.Value, Motif(request.Motif), user.Id, timeProvider.Maintenant());
        if (!report.IsSuccess)
        {
            return report.Error!;
        }

        await db.SaveChangesAsync(cancellationToken);
        return echeance;
    }

    internal static string? Motif(string? motif) => string.IsNullOrWhiteSpace(motif) ? null : motif.Trim();
}
