using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Journal.Features.Shared;

/// <summary>
/// Checks that a colleague can take a due date on a dossier: an active user who sees it (by the Journal's copy of
/// the dossier's access; before that copy arrives, a user of the author's service). Returns the service whose
/// échéancier will show the due date.
/// </summary>
internal sealed class AttributionEcheances(JournalDbContext db, IAnnuaireUtilisateurs annuaire, ICurrentUser user)
{
    public async Task<Result<Guid?>> VerifierAsync(Guid dossierId, Guid responsableId, CancellationToken cancellationToken)
    {
        var responsable = await annuaire.TrouverAsync(responsableId, cancellationToken);
        if (responsable is null)
        {
            return EcheanceErrors.ResponsableInconnu;
        }

        var dossier = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(d => d.DossierId == dossierId, cancellationToken);
        var voit = responsable.Id == user.Id
            || (dossier is not null
                ? dossier.EstVisiblePar(responsable.Id, responsable.ServiceId, responsable.VoitTousLesServices)
                : responsable.VoitTousLesServices || (responsable.ServiceId is not null && responsable.ServiceId == user.ServiceId));
        if (!voit)
        {
            return EcheanceErrors.ResponsableSansAcces;
        }

        return dossier?.ServiceId ?? user.ServiceId ?? responsable.ServiceId;
    }
}
