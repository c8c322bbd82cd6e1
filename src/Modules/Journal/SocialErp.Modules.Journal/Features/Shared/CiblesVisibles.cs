using Microsoft.Extensions.DependencyInjection;
using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Features.Shared;

/// <summary>
/// Whether the current user sees a journal's target, asked to the module that owns it. A host without the
/// Dossiers module shows no dossier (404) instead of failing.
/// </summary>
internal sealed class CiblesVisibles(IServiceProvider services, IFicheVisibilite fiches)
{
    public Task<bool> EstVisibleAsync(string cibleType, Guid cibleId, CancellationToken cancellationToken) => cibleType switch
    {
        CiblesJournal.Dossier => DossierVisibleAsync(cibleId, cancellationToken),
        CiblesJournal.Fiche => fiches.EstVisibleAsync(cibleId, cancellationToken),
        _ => Task.FromResult(false),
    };

    public Task<bool> DossierVisibleAsync(Guid dossierId, CancellationToken cancellationToken) =>
        services.GetService<IDossierVisibilite>() is { } dossiers ? dossiers.EstVisibleAsync(dossierId, cancellationToken) : Task.FromResult(false);
}
