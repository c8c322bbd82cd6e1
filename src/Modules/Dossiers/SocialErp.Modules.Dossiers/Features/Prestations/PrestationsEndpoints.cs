using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Features.Prestations;

internal static class PrestationsEndpoints
{
    private static readonly Error DejaExistante = Error.Conflict("dossiers.prestation-existante", "Une prestation porte déjà ce code.");

    public static void MapPrestations(this IEndpointRouteBuilder parametres)
    {
        parametres.MapGet("/prestations", async (DossiersDbContext db, CancellationToken ct) =>
                TypedResults.Ok<IReadOnlyList<PrestationResponse>>(await db.Prestations.AsNoTracking().OrderBy(p => p.Code)
                    .Select(p => new PrestationResponse(p.Code, p.Libelle, p.Active)).ToListAsync(ct)))
            .WithName("ListerPrestations")
            .WithSummary("Lister les prestations")
            .WithDescription("Les classes de prestation des dossiers (WSH, ALBV, asile, réfugiés, accompagnement, formation, placement…).")
            .RequirePermission(DossiersPermissions.Lire);

        parametres.MapPost("/prestations", async Task<Results<Created<PrestationResponse>, ProblemHttpResult>> (
                PrestationRequest request, DossiersDbContext db, CancellationToken ct) =>
            {
                if (await db.Prestations.AnyAsync(p => p.Code == request.Code, ct))
                {
                    return ErrorResults.Problem(DejaExistante);
                }

                db.Prestations.Add(new Prestation(request.Code!, request.Libelle!, request.Active));
                await db.SaveChangesAsync(ct);
                return TypedResults.Created($"/api/parametres/prestations/{request.Code}", new PrestationResponse(request.Code!, request.Libelle!, request.Active));
            })
            .WithName("CreerPrestation")
            .WithSummary("Créer une prestation")
            .WithDescription("Ajoute une classe de prestation. Code déjà pris : 409.")
            .RequirePermission(DossiersPermissions.Parametrer)
            .WithValidation<PrestationRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);

        parametres.MapPut("/prestations/{code}", async Task<Results<Ok<PrestationResponse>, ProblemHttpResult>> (
                string code, PrestationRequest request, DossiersDbContext db, CancellationToken ct) =>
            {
                var prestation = await db.Prestations.FirstOrDefaultAsync(p => p.Code == code, ct);
                if (prestation is null)
                {
                    return ErrorResults.Problem(Error.NotFound("dossiers.prestation-introuvable", "Cette prestation n'existe pas."));
                }

                if (request.Code != code)
                {
                    return ErrorResults.Problem(Error.Validation("code", "Le code d'une prestation ne change pas."));
                }

                prestation.Modifier(request.Libelle!, request.Active);
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(new PrestationResponse(prestation.Code, prestation.Libelle, prestation.Active));
            })
            .WithName("ModifierPrestation")
            .WithSummary("Modifier une prestation")
            .WithDescription("Change le libellé ou désactive la prestation (les dossiers existants la gardent).")
            .RequirePermission(DossiersPermissions.Parametrer)
            .WithValidation<PrestationRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
