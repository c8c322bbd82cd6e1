using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.Workflows;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Journal.Features.Echeances;

/// <summary>
/// Cancels an open or overdue due date with its reason. A workflow step's due date stops its workflow there: no next
/// step opens (whoever wants the workflow to go on realises the step instead).
/// </summary>
internal sealed class AnnulerEcheanceHandler(
    JournalDbContext db, EcheancesModifiables echeances, MoteurWorkflows workflows, ICurrentUser user, TimeProvider timeProvider)
{
    public async Task<Result<Echeance>> HandleAsync(Guid id, long? version, AnnulerEcheanceRequest request, CancellationToken cancellationToken)
    {
        var charge = await echeances.ChargerAsync(id, version, cancellationToken);
        if (!charge.IsSuccess)
        {
            return charge;
        }

        var echeance = charge.Value;
        var motif = request.Motif!.Trim();
        var annulation = echeance.Annuler(motif, user.Id, timeProvider.Maintenant());
        if (!annulation.IsSuccess)
        {
            return annulation.Error!;
        }

        await workflows.ArreterAsync(echeance, $"Échéance de l'étape annulée : {motif}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return echeance;
    }
}
