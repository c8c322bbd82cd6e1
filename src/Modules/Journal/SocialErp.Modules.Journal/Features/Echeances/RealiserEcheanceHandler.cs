using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.Workflows;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Journal.Features.Echeances;

/// <summary>
/// Realises a due date (for who may, see <see cref="EcheancesModifiables"/>). A workflow step's due date moves its
/// workflow on to the next step.
/// </summary>
internal sealed class RealiserEcheanceHandler(
    JournalDbContext db, EcheancesModifiables echeances, MoteurWorkflows workflows, ICurrentUser user, TimeProvider timeProvider)
{
    public async Task<Result<Echeance>> HandleAsync(Guid id, long? version, RealiserEcheanceRequest request, CancellationToken cancellationToken)
    {
        var charge = await echeances.ChargerAsync(id, version, cancellationToken);
        if (!charge.IsSuccess)
        {
            return charge;
        }

        var echeance = charge.Value;
        var realisation = echeance.Realiser(request.Commentaire?.Trim(), user.Id, timeProvider.GetUtcNow().UtcDateTime);
        if (!realisation.IsSuccess)
        {
            return realisation.Error!;
        }

        await workflows.AvancerAsync(echeance, user.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return echeance;
    }
}
