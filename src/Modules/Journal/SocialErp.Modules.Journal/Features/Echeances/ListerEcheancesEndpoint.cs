using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Journal.Contracts;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.Shared;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Journal.Features.Echeances;

internal static class ListerEcheancesEndpoint
{
    private static readonly Error EcheancierInterdit = Error.Forbidden(
        "journal.echeancier-interdit",
        "Vous voyez votre échéancier, celui de votre service et ceux des dossiers que vous voyez ; administration et direction voient tous les échéanciers.");

    public static void MapListerEcheances(this IEndpointRouteBuilder group) =>
        group.MapGet("/echeances", HandleAsync)
            .WithName("ListerEcheances")
            .WithSummary("Échéancier")
            .WithDescription(
                "Échéances d'une personne (responsableId ; par défaut l'utilisateur), d'un service (serviceId) ou d'un dossier (dossierId), "
                + "par période (du, au inclus) et statut (ouverte | realisee | annulee | en-retard). Les alertes urgentes viennent en tête, puis par date. "
                + "Une échéance privée (relance d'un mémo privé) n'apparaît qu'à son responsable.")
            .RequirePermission(JournalPermissions.Lire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<PagedList<EcheanceResponse>>, ProblemHttpResult>> HandleAsync(
        [AsParameters] ListerEcheancesQuery query,
        IReadRepositoryBase<Echeance> echeances,
        CiblesVisibles cibles,
        ICurrentUser user,
        CancellationToken cancellationToken)
    {
        var page = new PageQuery(query.Page, query.PageSize, null).ToPageRequest();
        if (!page.IsSuccess)
        {
            return ErrorResults.Problem(page.Error!);
        }

        var statut = StatutsEcheance.Lire(query.Statut);
        if (query.Statut is not null && statut is null)
        {
            return ErrorResults.Problem(Error.Validation("statut", "Le statut est ouverte, realisee, annulee ou en-retard."));
        }

        if (query.Du is { } du && query.Au is { } au && au < du)
        {
            return ErrorResults.Problem(JournalErrors.PeriodeInversee);
        }

        if (query.DossierId is { } dossierId && !await cibles.DossierVisibleAsync(dossierId, cancellationToken))
        {
            return ErrorResults.Problem(JournalErrors.DossierIntrouvable);
        }

        var filtre = query.ResponsableId is null && query.ServiceId is null && query.DossierId is null
            ? query with { ResponsableId = user.Id }
            : query;
        var permis = user.VoitTousLesServices
            || filtre.DossierId is not null
            || (filtre.ResponsableId is not null && filtre.ResponsableId == user.Id)
            || (filtre.ResponsableId is null && filtre.ServiceId is not null && filtre.ServiceId == user.ServiceId);
        if (!permis)
        {
            return ErrorResults.Problem(EcheancierInterdit);
        }

        var specification = new EcheancesSpecification(filtre, statut, user.Id, page.Value);
        return TypedResults.Ok(await echeances.PageAsync(specification, page.Value, EcheanceResponse.From, cancellationToken));
    }
}
