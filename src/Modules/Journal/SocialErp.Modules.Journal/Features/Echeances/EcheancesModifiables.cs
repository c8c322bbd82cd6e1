using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.Shared;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Journal.Features.Echeances;

/// <summary>
/// Loads a due date the current user may act on (realise, cancel, reschedule, reassign): its responsible, anyone who
/// sees its dossier, or for a service's due date a member of the service. Others get 404, as if it did not exist;
/// a stale If-Match gets 412. A private due date is its responsible's alone.
/// </summary>
internal sealed class EcheancesModifiables(JournalDbContext db, CiblesVisibles cibles, ICurrentUser user)
{
    public async Task<Result<Echeance>> ChargerAsync(Guid id, long? version, CancellationToken cancellationToken)
    {
        var echeance = await db.Echeances.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (echeance is null || !echeance.EstVisiblePar(user.Id) || !await PeutModifierAsync(echeance, cancellationToken))
        {
            return EcheanceErrors.Introuvable;
        }

        if (version is { } attendue && attendue != echeance.Version)
        {
            return Error.VersionObsolete;
        }

        return echeance;
    }

    private async Task<bool> PeutModifierAsync(Echeance echeance, CancellationToken cancellationToken) =>
        user.VoitTousLesServices
        || echeance.ResponsableId == user.Id
        || (echeance.ResponsableId is null && echeance.ServiceId is not null && echeance.ServiceId == user.ServiceId)
        || (echeance.DossierId is { } dossierId && await cibles.DossierVisibleAsync(dossierId, cancellationToken));
}
