using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.SharedKernel.Messaging;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Journal;

/// <summary>
/// Dossiers as the Journal sees them, for tests: their events go through the Dossiers module's real outbox to the
/// Journal's inbox, and <see cref="Visibilite"/> answers the dossier visibility question (a user sees the dossiers of
/// their service; administration and direction see all).
/// </summary>
internal static class DossiersDeTest
{
    private static readonly ConcurrentDictionary<Guid, Guid?> ServiceParDossier = new();

    public static void Enregistrer(IServiceCollection services) => services.AddScoped<IDossierVisibilite, Visibilite>();

    /// <summary>Opens a dossier of <paramref name="serviceId"/>, with its access, and drains the bus.</summary>
    public static async Task<Guid> OuvrirAsync(SocialErpApiFactory factory, Guid? serviceId, Guid? referentId = null, DateOnly? date = null)
    {
        var dossierId = Guid.NewGuid();
        ServiceParDossier[dossierId] = serviceId;
        await PublierAsync(
            factory,
            new DossierOuvertIntegrationEvent(
                dossierId, $"D-{dossierId.ToString()[..6]}", "Dossier de test", "aide-sociale", 5586, serviceId,
                date ?? DateOnly.FromDateTime(DateTime.UtcNow), []),
            new AccesDossierModifieIntegrationEvent(dossierId, 1, serviceId, [], referentId is { } r ? [r] : [], []));
        if (referentId is not null)
        {
            await PublierAsync(factory, new DossierTransfereIntegrationEvent(dossierId, serviceId, serviceId, null, referentId, DateOnly.FromDateTime(DateTime.UtcNow), "Référent désigné"));
        }

        return dossierId;
    }

    /// <summary>Publishes events through the Dossiers module's outbox and delivers them.</summary>
    public static async Task PublierAsync(SocialErpApiFactory factory, params IntegrationEvent[] evenements)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var module = scope.ServiceProvider.GetRequiredService<IReadOnlyDictionary<string, MessagingModule>>()["dossiers"];
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            foreach (var evenement in evenements)
            {
                db.Publish(evenement);
            }

            await db.SaveChangesAsync();
        }

        await factory.DrainMessagesAsync();
    }

    public static void Transferer(Guid dossierId, Guid? serviceId) => ServiceParDossier[dossierId] = serviceId;

    private sealed class Visibilite(ICurrentUser user) : IDossierVisibilite
    {
        public Task<bool> EstVisibleAsync(Guid dossierId, CancellationToken cancellationToken) =>
            Task.FromResult(ServiceParDossier.TryGetValue(dossierId, out var service)
                && (user.VoitTousLesServices || (service is not null && service == user.ServiceId)));
    }
}
