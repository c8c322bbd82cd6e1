using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Dossiers.Queries;

/// <summary>
/// What other modules read of a visible dossier, custom field values included (stored text, by field code). Outside a
/// request (an integration-event handler, no authenticated user) it reads for the system, as <c>IFichesLecture</c> does.
/// </summary>
internal sealed class DossiersLecture(ChargementDossier chargement, DossiersDbContext db, ICurrentUser user) : IDossiersLecture
{
    public async Task<DossierApercu?> TrouverAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var dossier = await LireAsync(dossierId, cancellationToken);
        if (dossier is null)
        {
            return null;
        }

        var champs = await db.ValeursChamps.AsNoTracking().Where(v => v.DossierId == dossierId).SelectMany(v => v.Valeurs)
            .ToDictionaryAsync(v => v.Code, string? (v) => v.Valeur, cancellationToken);
        return new DossierApercu(
            dossier.Id,
            dossier.Numero,
            dossier.Nom,
            dossier.Prestation,
            dossier.CommuneDomicile,
            dossier.Statut,
            dossier.ServiceId,
            dossier.DateOuverture,
            dossier.Membres.Select(m => new MembreDossier(m.FicheId, m.Role)).ToList(),
            champs);
    }

    public async Task<IReadOnlyList<MembreUniteAllocation>> UniteAllocationAuAsync(Guid dossierId, DateOnly date, CancellationToken cancellationToken)
    {
        var dossier = await LireAsync(dossierId, cancellationToken);
        return dossier is null
            ? []
            : dossier.UniteAllocationAu(date).Select(p => new MembreUniteAllocation(p.FicheId, p.Role, p.Du, p.Au)).ToList();
    }

    private Task<Domain.Dossier?> LireAsync(Guid dossierId, CancellationToken cancellationToken) =>
        user.IsAuthenticated ? chargement.LireAsync(dossierId, cancellationToken) : chargement.LirePourSystemeAsync(dossierId, cancellationToken);
}
