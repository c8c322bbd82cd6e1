using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.Modules.Dossiers.Features.Shared;

namespace SocialErp.Modules.Dossiers.Queries;

/// <summary>What other modules read of a visible dossier. Custom field values arrive with their capability (empty).</summary>
internal sealed class DossiersLecture(ChargementDossier chargement) : IDossiersLecture
{
    public async Task<DossierApercu?> TrouverAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var dossier = await chargement.LireAsync(dossierId, cancellationToken);
        return dossier is null
            ? null
            : new DossierApercu(
                dossier.Id,
                dossier.Numero,
                dossier.Nom,
                dossier.Prestation,
                dossier.CommuneDomicile,
                dossier.Statut,
                dossier.ServiceId,
                dossier.DateOuverture,
                dossier.Membres.Select(m => new MembreDossier(m.FicheId, m.Role)).ToList(),
                new Dictionary<string, string?>());
    }

    public async Task<IReadOnlyList<MembreUniteAllocation>> UniteAllocationAuAsync(Guid dossierId, DateOnly date, CancellationToken cancellationToken)
    {
        var dossier = await chargement.LireAsync(dossierId, cancellationToken);
        return dossier is null
            ? []
            : dossier.UniteAllocationAu(date).Select(p => new MembreUniteAllocation(p.FicheId, p.Role, p.Du, p.Au)).ToList();
    }
}
