using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.IntegrationTests.Messaging;
using SocialErp.SharedKernel.Messaging;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Statistiques;

/// <summary>
/// Stands in for producers not built yet (Dossiers, Comptabilité): writes their contract events to the producing
/// module's own outbox, exactly where its code will, so they travel the real relay and inbox.
/// </summary>
internal static class EvenementsContrat
{
    public static async Task PublierAsync(SocialErpApiFactory factory, string module, params IntegrationEvent[] evenements)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var modules = scope.ServiceProvider.GetRequiredService<IReadOnlyDictionary<string, MessagingModule>>();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(modules[module].DbContextType);
        foreach (var evenement in evenements)
        {
            db.Publish(evenement);
        }

        await db.SaveChangesAsync();
        await factory.DrainMessagesAsync();
    }

    /// <summary>Runs the Statistiques handler of this event directly, as a redelivery would (the inbox is bypassed).</summary>
    public static Task RedelivrerAsync(SocialErpApiFactory factory, IntegrationEvent evenement) =>
        Redelivraison.RedelivrerAsync(factory, "statistiques", evenement);
}
