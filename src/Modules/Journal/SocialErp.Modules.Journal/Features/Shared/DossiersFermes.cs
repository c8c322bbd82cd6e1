using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Contracts.Queries;

namespace SocialErp.Modules.Journal.Features.Shared;

/// <summary>
/// Whether a dossier still takes new due dates and workflows: not once it is closed or archived, since closing cancels
/// them (<c>DossierStatutModifieHandler</c>); a reactivation opens it to them again. Asked of Dossiers at the time of
/// the write, so the answer is its current status, not a copy that an event in flight could leave behind.
/// </summary>
internal sealed class DossiersFermes(IDossiersLecture dossiers)
{
    public async Task<bool> EstFermeAsync(Guid dossierId, CancellationToken cancellationToken) =>
        (await dossiers.TrouverAsync(dossierId, cancellationToken))?.Statut is StatutsDossier.Clos or StatutsDossier.Archive;
}
