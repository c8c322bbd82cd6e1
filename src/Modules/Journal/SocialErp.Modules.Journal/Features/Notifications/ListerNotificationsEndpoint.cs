using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Journal.Contracts;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.Shared;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Journal.Features.Notifications;

internal static class ListerNotificationsEndpoint
{
    private static readonly Error FicheIntrouvable =
        Error.NotFound("journal.fiche-introuvable", "Cette fiche n'existe pas ou ne vous est pas visible.");

    public static void MapListerNotifications(this IEndpointRouteBuilder group) =>
        group.MapGet("/journal/notifications", HandleAsync)
            .WithName("ListerNotifications")
            .WithSummary("Notifications envoyées aux usagers et à leurs responsables")
            .WithDescription(
                "E-mails et SMS mis en file pour les séances (convocation, rappel la veille, report, annulation), des plus récents aux plus anciens. "
                + "Filtres : ficheId (envoyées à la personne ou la concernant), dossierId, etat (a-envoyer | envoyee | echec | sans-canal), "
                + "du / au (jour de mise en file, inclus). Dossier ou fiche invisible : 404 ; avec ficheId, les notifications des dossiers "
                + "que l'utilisateur ne voit pas sont omises. Sans dossierId ni ficheId, seules la direction et l'administration listent tout (sinon 403). "
                + "Exemple : GET /api/journal/notifications?dossierId=0193…&etat=echec")
            .RequirePermission(JournalPermissions.Lire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<PagedList<NotificationResponse>>, ProblemHttpResult>> HandleAsync(
        [AsParameters] ListerNotificationsQuery query,
        IReadRepositoryBase<Notification> notifications,
        NotificationsVisibles visibles,
        CiblesVisibles cibles,
        IFicheVisibilite fiches,
        ICurrentUser user,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var page = new PageQuery(query.Page, query.PageSize, null).ToPageRequest();
        if (!page.IsSuccess)
        {
            return ErrorResults.Problem(page.Error!);
        }

        var etat = EtatsNotification.Lire(query.Etat);
        if (query.Etat is not null && etat is null)
        {
            return ErrorResults.Problem(Error.Validation("etat", "L'état est a-envoyer, envoyee, echec ou sans-canal."));
        }

        if (query.Du is { } debut && query.Au is { } fin && fin < debut)
        {
            return ErrorResults.Problem(JournalErrors.PeriodeInversee);
        }

        if (query.DossierId is { } dossierId && !await cibles.DossierVisibleAsync(dossierId, cancellationToken))
        {
            return ErrorResults.Problem(JournalErrors.DossierIntrouvable);
        }

        IReadOnlyList<Guid>? dossiersVisibles = null;
        if (query.FicheId is { } ficheId)
        {
            if (!await fiches.EstVisibleAsync(ficheId, cancellationToken))
            {
                return ErrorResults.Problem(FicheIntrouvable);
            }

            dossiersVisibles = user.VoitTousLesServices ? null : await visibles.DossiersVisiblesAsync(ficheId, cancellationToken);
        }
        else if (query.DossierId is null && !user.VoitTousLesServices)
        {
            return ErrorResults.Problem(NotificationErrors.CibleRequise);
        }

        var du = query.Du is { } jourDu ? timeProvider.DebutDuJour(jourDu) : (DateTime?)null;
        var au = query.Au is { } jourAu ? timeProvider.DebutDuJour(jourAu.AddDays(1)) : (DateTime?)null;
        var specification = new NotificationsSpecification(query, etat, du, au, dossiersVisibles, page.Value);
        return TypedResults.Ok(await notifications.PageAsync(specification, page.Value, NotificationResponse.From, cancellationToken));
    }
}
