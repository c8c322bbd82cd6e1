using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Journal.Contracts;

namespace SocialErp.Modules.Journal.Features.Notifications;

internal static class ObtenirNotificationEndpoint
{
    public static void MapObtenirNotification(this IEndpointRouteBuilder group) =>
        group.MapGet("/journal/notifications/{id:guid}", HandleAsync)
            .WithName("ObtenirNotification")
            .WithSummary("Lire une notification")
            .WithDescription("La notification, son canal, son texte, ses tentatives et sa dernière erreur. ETag = version. "
                + "Inconnue, ou d'un dossier (sans dossier : d'une fiche) que l'utilisateur ne voit pas : 404.")
            .RequirePermission(JournalPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<NotificationResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, NotificationsVisibles visibles, HttpResponse response, CancellationToken cancellationToken)
    {
        var notification = await visibles.ChargerAsync(id, cancellationToken);
        if (!notification.IsSuccess)
        {
            return ErrorResults.Problem(notification.Error!);
        }

        ETags.Set(response, notification.Value.Version);
        return TypedResults.Ok(NotificationResponse.From(notification.Value));
    }
}
