using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.Shared;
using SocialErp.Modules.Journal.Features.Workflows;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Journal.Features.Echeances;

/// <summary>
/// Realises a due date: its responsible, anyone who sees its dossier, or for a service's due date a member of the
/// service. A workflow step's due date moves its workflow on to the next step.
/// </summary>
internal sealed class RealiserEcheanceHandler(
    JournalDbContext db, CiblesVisibles cibles, MoteurWorkflows workflows, ICurrentUser user, TimeProvider timeProvider)
{
    public async Task<Result<Echeance>> HandleAsync(Guid id, long? version, RealiserEcheanceRequest request, CancellationToken cancellationToken)
    {
        var echeance = await db.Echeances.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (echeance is null || !await PeutRealiserAsync(echeance, cancellationToken))
        {
            return EcheanceErrors.Introuvable;
        }

        if (version is { } attendue && attendue != echeance.Version)
        {
            return Error.VersionObsolete;
        }

        var realisation = echeance.Realiser(request.Commentaire?.Trim(), user.Id, timeProvider.GetUtcNow().UtcDateTime);
        if (!realisation.IsSuccess)
        {
            return realisation.Error!;
        }

        await workflows.AvancerAsync(echeance, user.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return echeance;
    }

    private async Task<bool> PeutRealiserAsync(Echeance echeance, CancellationToken cancellationToken) =>
        user.VoitTousLesServices
        || echeance.ResponsableId == user.Id
        || (echeance.ResponsableId is null && echeance.ServiceId is not null && echeance.ServiceId == user.ServiceId)
        || (echeance.DossierId is { } dossierId && await cibles.DossierVisibleAsync(dossierId, cancellationToken));
}
