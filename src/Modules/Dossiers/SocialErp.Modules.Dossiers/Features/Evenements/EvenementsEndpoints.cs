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
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Features.Evenements;

internal static class EvenementsEndpoints
{
    public static void MapEvenements(this IEndpointRouteBuilder group)
    {
        group.MapGet("/{id:guid}/evenements", ListerAsync)
            .WithName("ListerEvenementsDossier")
            .WithSummary("Lister les événements d'un dossier")
            .WithDescription("Chronologie par date réelle, puis dans l'ordre de saisie pour un même jour : sort=date (par défaut, du plus ancien "
                + "au plus récent) ou sort=-date (du plus récent au plus ancien). La réponse reste un tableau ; avec page et/ou pageSize "
                + "(au plus 500), elle ne contient que cette page et l'en-tête X-Total-Count donne le nombre total d'événements.")
            .RequirePermission(DossiersPermissions.Lire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/evenements/{evenementId:guid}", async Task<Results<Ok<EvenementResponse>, ProblemHttpResult>> (
                Guid id, Guid evenementId, ChargementDossier chargement, DossiersDbContext db, HttpResponse response, CancellationToken ct) =>
            {
                if (await chargement.LireAsync(id, ct) is null)
                {
                    return ErrorResults.Problem(DossierErrors.Introuvable);
                }

                var evenement = await db.Evenements.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evenementId && e.DossierId == id, ct);
                if (evenement is null)
                {
                    return ErrorResults.Problem(EvenementErrors.Introuvable);
                }

                ETags.Set(response, evenement.Version);
                return TypedResults.Ok(EvenementResponse.From(evenement));
            })
            .WithName("LireEvenementDossier")
            .WithSummary("Lire un événement")
            .WithDescription("Le détail d'un événement (type, date, auteur, commentaire, motif, champs, effets appliqués) et son ETag. "
                + "Dossier invisible : 404 dossiers.dossier-introuvable ; événement d'un autre dossier ou inconnu : 404 dossiers.evenement-introuvable.")
            .RequirePermission(DossiersPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/evenements", async Task<Results<Created<EvenementResponse>, ProblemHttpResult>> (
                Guid id, EvenementRequest request, EvenementsHandler handler, HttpResponse response, CancellationToken ct) =>
            {
                var result = await handler.EnregistrerAsync(id, request, ct);
                if (!result.IsSuccess)
                {
                    return ErrorResults.Problem(result.Error!);
                }

                ETags.Set(response, result.Value.Version);
                return TypedResults.Created($"/api/dossiers/{id}/evenements/{result.Value.Id}", EvenementResponse.From(result.Value));
            })
            .WithName("EnregistrerEvenementDossier")
            .WithSummary("Enregistrer un événement")
            .WithDescription(
                "Enregistre l'événement à sa date réelle et applique les effets de son type dans la même transaction : statut (si aucun "
                + "événement plus récent n'a fixé le statut), facturation bloquée ou débloquée, échéances et attestation demandées "
                + "(dossiers.evenement-enregistre.v1). Type inconnu, motif ou champ obligatoire manquant : 400 ; dossier archivé, ou clos "
                + "pour un événement qui change le statut : 409.")
            .RequirePermission(DossiersPermissions.Ecrire)
            .WithValidation<EvenementRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:guid}/evenements/{evenementId:guid}", async Task<Results<Ok<EvenementResponse>, ProblemHttpResult>> (
                Guid id, Guid evenementId, CorrectionEvenementRequest request, EvenementsHandler handler, HttpContext context, CancellationToken ct) =>
            {
                var result = await VersionedWrites.RunAsync(context, v => handler.CorrigerAsync(id, evenementId, request, v, ct), e => e.Version);
                return result.IsSuccess ? TypedResults.Ok(EvenementResponse.From(result.Value)) : ErrorResults.Problem(result.Error!);
            })
            .WithName("CorrigerEvenementDossier")
            .WithSummary("Corriger un événement")
            .WithDescription(
                "Corrige la date, le commentaire, le motif ou les champs (droit dossiers.evenements.corriger ; tracé dans le journal des "
                + "mutations). Les effets déjà appliqués ne sont pas rejoués. If-Match facultatif.")
            .RequirePermission(DossiersPermissions.CorrigerEvenements)
            .WithValidation<CorrectionEvenementRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapDelete("/{id:guid}/evenements/{evenementId:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid id, Guid evenementId, EvenementsHandler handler, HttpContext context, CancellationToken ct) =>
            {
                var result = await VersionedWrites.RunAsync(context, v => handler.SupprimerAsync(id, evenementId, v, ct), e => e.Version);
                return result.IsSuccess ? TypedResults.NoContent() : ErrorResults.Problem(result.Error!);
            })
            .WithName("SupprimerEvenementDossier")
            .WithSummary("Supprimer un événement")
            .WithDescription(
                "Supprime un événement saisi par erreur (droit dossiers.evenements.corriger ; la suppression reste dans le journal des "
                + "mutations). Ses effets ne sont pas annulés. If-Match facultatif.")
            .RequirePermission(DossiersPermissions.CorrigerEvenements)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<Results<Ok<IReadOnlyList<EvenementResponse>>, ProblemHttpResult>> ListerAsync(
        Guid id, string? sort, int? page, int? pageSize, ChargementDossier chargement, DossiersDbContext db, HttpResponse response, CancellationToken ct)
    {
        if (sort is not (null or "date" or "-date"))
        {
            return ErrorResults.Problem(Error.Validation("sort", "Tri possible : date (du plus ancien au plus récent) ou -date."));
        }

        var pagination = new PageQuery(page, pageSize, sort).ToPageRequest();
        if (!pagination.IsSuccess)
        {
            return ErrorResults.Problem(pagination.Error!);
        }

        if (await chargement.LireAsync(id, ct) is null)
        {
            return ErrorResults.Problem(DossierErrors.Introuvable);
        }

        var evenements = db.Evenements.AsNoTracking().Where(e => e.DossierId == id);
        var triees = sort == "-date"
            ? evenements.OrderByDescending(e => e.Date).ThenByDescending(e => e.Ordre)
            : evenements.OrderBy(e => e.Date).ThenBy(e => e.Ordre);
        IQueryable<EvenementDossier> lues = triees;
        if (page is not null || pageSize is not null)
        {
            response.Headers["X-Total-Count"] = (await evenements.CountAsync(ct)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            lues = triees.Skip(pagination.Value.Skip).Take(pagination.Value.PageSize);
        }

        return TypedResults.Ok<IReadOnlyList<EvenementResponse>>((await lues.ToListAsync(ct)).Select(EvenementResponse.From).ToList());
    }
}
