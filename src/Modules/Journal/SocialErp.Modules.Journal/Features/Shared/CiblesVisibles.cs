using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Features.Shared;

/// <summary>Whether the current user sees a journal's target, asked to the module that owns it.</summary>
internal sealed class CiblesVisibles(IDossierVisibilite dossiers, IFicheVisibilite fiches)
{
    public Task<bool> EstVisibleAsync(string cibleType, Guid cibleId, CancellationToken cancellationToken) => cibleType switch
    {
        CiblesJournal.Dossier => dossiers.EstVisibleAsync(cibleId, cancellationToken),
        CiblesJournal.Fiche => fiches.EstVisibleAsync(cibleId, cancellationToken),
        _ => Task.FromResult(false),
    };

    public Task<bool> DossierVisibleAsync(Guid dossierId, CancellationToken cancellationToken) =>
        dossiers.EstVisibleAsync(dossierId, cancellationToken);
}
