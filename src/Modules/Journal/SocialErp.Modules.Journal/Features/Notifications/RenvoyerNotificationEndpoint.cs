using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Journal.Contracts;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Journal.Features.Notifications;

internal static class RenvoyerNotificationEndpoint
{
    public static void MapRenvoyerNotification(this IEndpointRouteBuilder group) =>
        group.MapPost("/journal/notifications/{id:guid}/renvoi", HandleAsync)
            .WithName("RenvoyerNotification")
            .WithSummary("Renvoyer une notification en échec")
            .WithDescription("Remet une notification « echec » en file (« a-envoyer », tentatives remises à zéro) après correction de "
                + "l'adresse ou du serveur ; l'envoi suit au prochain passage de l'expéditeur. Adresse et texte restent ceux de la mise en file. "
                + "Autre état : 409. Inconnue ou invisible : 404. If-Match facultatif (412 si périmé).")
            .RequirePermission(JournalPermissions.RenvoyerNotifications)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    private static async Task<Results<Ok<NotificationResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, NotificationsVisibles visibles, JournalDbContext db, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(
            context,
            async version =>
            {
                var notification = await visibles.ChargerAsync(id, cancellationToken);
                if (!notification.IsSuccess)
                {
                    return notification;
                }

                var renvoi = ETags.Check(version, notification.Value.Version);
                if (renvoi.IsSuccess)
                {
                    renvoi = notification.Value.Renvoyer();
                }

                if (!renvoi.IsSuccess)
                {
                    return renvoi.Error!;
                }

                await db.SaveChangesAsync(cancellationToken);
                return Result<Notification>.Success(notification.Value);
            },
            written => written.Version);
        return result.IsSuccess ? TypedResults.Ok(NotificationResponse.From(result.Value)) : ErrorResults.Problem(result.Error!);
    }
}
