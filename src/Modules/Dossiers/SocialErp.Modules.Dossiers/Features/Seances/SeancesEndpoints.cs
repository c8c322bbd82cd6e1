using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Dossiers.Features.Seances;

internal static class SeancesEndpoints
{
    public static void MapSeances(this IEndpointRouteBuilder group)
    {
        group.MapGet("/{id:guid}/seances", ListerAsync)
            .WithName("ListerSeances")
            .WithSummary("Lister les séances d'un dossier")
            .WithDescription("Séances par date de début, filtrées par état et par période (du, au) pour un calendrier ; paginées.")
            .RequirePermission(DossiersPermissions.Lire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/seances", async Task<Results<Created<SeanceResponse>, ProblemHttpResult>> (
                Guid id, SeanceRequest request, SeancesHandler handler, HttpResponse response, CancellationToken ct) =>
            {
                var result = await handler.PlanifierAsync(id, request, ct);
                if (!result.IsSuccess)
                {
                    return ErrorResults.Problem(result.Error!);
                }

                ETags.Set(response, result.Value.Version);
                return TypedResults.Created($"/api/dossiers/{id}/seances/{result.Value.Id}", SeanceResponse.From(result.Value));
            })
            .WithName("PlanifierSeance")
            .WithSummary("Planifier une séance")
            .WithDescription(
                "La première séance planifiée fixe la date d'entrée du dossier, la plus tardive sa fin prévisionnelle (modifiables). "
                + "Fin avant début : 400 ; dossier archivé : 409.")
            .RequirePermission(DossiersPermissions.Ecrire)
            .WithValidation<SeanceRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        Ecriture(group.MapPut("/{id:guid}/seances/{seanceId:guid}", (Guid id, Guid seanceId, SeanceRequest request, SeancesHandler handler, HttpContext context, CancellationToken ct) =>
                RunAsync(context, v => handler.ModifierAsync(id, seanceId, request, v, ct)))
            .WithName("ModifierSeance")
            .WithSummary("Modifier une séance planifiée")
            .WithDescription("Change les heures, l'intitulé ou le lieu d'une séance encore planifiée (sinon 409).")
            .WithValidation<SeanceRequest>());

        Ecriture(group.MapPost("/{id:guid}/seances/{seanceId:guid}/annulation", (Guid id, Guid seanceId, AnnulationSeanceRequest request, SeancesHandler handler, HttpContext context, CancellationToken ct) =>
                RunAsync(context, v => handler.AnnulerAsync(id, seanceId, request, v, ct)))
            .WithName("AnnulerSeance")
            .WithSummary("Annuler une séance")
            .WithDescription("Annule une séance planifiée avec un motif obligatoire ; une séance déjà réalisée, annulée ou reportée : 409.")
            .WithValidation<AnnulationSeanceRequest>());

        Ecriture(group.MapPost("/{id:guid}/seances/{seanceId:guid}/report", (Guid id, Guid seanceId, ReportSeanceRequest request, SeancesHandler handler, HttpContext context, CancellationToken ct) =>
                RunAsync(context, v => handler.ReporterAsync(id, seanceId, request, v, ct)))
            .WithName("ReporterSeance")
            .WithSummary("Reporter une séance")
            .WithDescription(
                "Crée la nouvelle séance (renvoyée, avec reportDeId) et marque l'ancienne « reportee » (reporteeVersId). Séance non planifiée : 409.")
            .WithValidation<ReportSeanceRequest>());

        Ecriture(group.MapPost("/{id:guid}/seances/{seanceId:guid}/emargement", (Guid id, Guid seanceId, EmargementRequest request, SeancesHandler handler, HttpContext context, CancellationToken ct) =>
                RunAsync(context, v => handler.EmargerAsync(id, seanceId, request, v, ct)))
            .WithName("EmargerSeance")
            .WithSummary("Émarger une séance")
            .WithDescription(
                "Signe la présence (present, absent-excuse, absent) : la séance devient réalisée ; un nouvel émargement la corrige. "
                + "Séance annulée ou reportée : 409 (dossiers.seance-annulee).")
            .WithValidation<EmargementRequest>());
    }

    private static void Ecriture(RouteHandlerBuilder builder) =>
        builder.RequirePermission(DossiersPermissions.Ecrire)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    private static async Task<Results<Ok<SeanceResponse>, ProblemHttpResult>> RunAsync(HttpContext context, Func<long?, Task<Result<Seance>>> write)
    {
        var result = await VersionedWrites.RunAsync(context, write, seance => seance.Version);
        return result.IsSuccess ? TypedResults.Ok(SeanceResponse.From(result.Value)) : ErrorResults.Problem(result.Error!);
    }

    private static async Task<Results<Ok<PagedList<SeanceResponse>>, ProblemHttpResult>> ListerAsync(
        Guid id, [AsParameters] ListerSeancesQuery query, ChargementDossier chargement, DossiersDbContext db, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var page = new PageQuery(query.Page, query.PageSize, null).ToPageRequest();
        if (!page.IsSuccess)
        {
            return ErrorResults.Problem(page.Error!);
        }

        if (query.Etat is not null && !EtatsSeance.Tous.Contains(query.Etat))
        {
            return ErrorResults.Problem(Error.Validation("etat", $"État inconnu. États possibles : {string.Join(", ", EtatsSeance.Tous)}."));
        }

        if (await chargement.LireAsync(id, cancellationToken) is null)
        {
            return ErrorResults.Problem(DossierErrors.Introuvable);
        }

        var seances = db.Seances.AsNoTracking().Where(s => s.DossierId == id);
        if (query.Etat is not null)
        {
            seances = seances.Where(s => s.Etat == query.Etat);
        }

        if (query.Du is { } du)
        {
            var debut = timeProvider.DebutDuJour(du);
            seances = seances.Where(s => s.Debut >= debut);
        }

        if (query.Au is { } au)
        {
            var fin = timeProvider.DebutDuJour(au.AddDays(1));
            seances = seances.Where(s => s.Debut < fin);
        }

        var total = await seances.CountAsync(cancellationToken);
        var items = await seances.OrderBy(s => s.Debut).Skip(page.Value.Skip).Take(page.Value.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<SeanceResponse>(items.Select(SeanceResponse.From).ToList(), page.Value.Page, page.Value.PageSize, total));
    }
}
