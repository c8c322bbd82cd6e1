using Microsoft.AspNetCore.Http.HttpResults;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Host.Platform;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Host.Administration;

/// <summary>Parked integration messages: see why they failed, then replay them once the cause is fixed.</summary>
internal static class MessagesEndpoints
{
    public static void MapMessagesEndpoints(this RouteGroupBuilder admin)
    {
        admin.MapGet("/messages/parked", ListerAsync)
            .WithName("ListerMessagesParques").WithSummary("Messages parqués après trop d'échecs")
            .RequirePermission(PlatformPermissions.GererMessages);
        admin.MapPost("/messages/{id:guid}/replay", RejouerAsync)
            .WithName("RejouerMessage").WithSummary("Rejouer un message parqué")
            .WithDescription("Remet le message en file avec un nouveau jeu de tentatives dans chaque module qui l'avait parqué.")
            .RequirePermission(PlatformPermissions.GererMessages)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<IReadOnlyList<ParkedMessage>>> ListerAsync(ParkedMessages parked, CancellationToken cancellationToken) =>
        TypedResults.Ok(await parked.ListAsync(cancellationToken));

    private static async Task<Results<Accepted<ReplayResponse>, ProblemHttpResult>> RejouerAsync(
        Guid id, ParkedMessages parked, CancellationToken cancellationToken)
    {
        var replayed = await parked.ReplayAsync(id, cancellationToken);
        return replayed == 0
            ? ErrorResults.Problem(Error.NotFound("admin.message-non-parque", "Aucun message parqué ne porte cet identifiant."))
            : TypedResults.Accepted((string?)null, new ReplayResponse(id, replayed));
    }
}

internal sealed record ReplayResponse(Guid MessageId, int Inboxes);
