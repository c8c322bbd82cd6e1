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

namespace SocialErp.Modules.Dossiers.Features.Structures;

/// <summary>The structures (workshops, housing) and standard weekly plans placements refer to.</summary>
internal static class StructuresEndpoints
{
    private static readonly Error StructureExistante = Error.Conflict("dossiers.structure-existante", "Une structure ou une place porte déjà ce code.");

    private static readonly Error PlanningExistant = Error.Conflict("dossiers.planning-existant", "Un planning type porte déjà ce code.");

    public static void MapStructures(this IEndpointRouteBuilder parametres)
    {
        parametres.MapGet("/structures", async (DossiersDbContext db, CancellationToken ct) =>
                TypedResults.Ok<IReadOnlyList<StructureResponse>>((await db.Structures.AsNoTracking().Include(s => s.Places)
                    .OrderBy(s => s.Code).ToListAsync(ct)).Select(Reponse).ToList()))
            .WithName("ListerStructures")
            .WithSummary("Lister les structures et leurs places")
            .WithDescription("Ateliers, logements et homes où les dossiers sont placés, avec leurs places.")
            .RequirePermission(DossiersPermissions.Lire);

        parametres.MapPost("/structures", async Task<Results<Created<StructureResponse>, ProblemHttpResult>> (
                StructureRequest request, DossiersDbContext db, CancellationToken ct) =>
            {
                var codesPlaces = (request.Places ?? []).Select(p => p.Code!).ToList();
                if (await db.Structures.AnyAsync(s => s.Code == request.Code, ct) || await db.Set<PlaceStructure>().AnyAsync(p => codesPlaces.Contains(p.Code), ct))
                {
                    return ErrorResults.Problem(StructureExistante);
                }

                var structure = new Structure(request.Code!, request.Libelle!, request.Type!);
                foreach (var place in request.Places ?? [])
                {
                    structure.AjouterPlace(place.Code!, place.Libelle!);
                }

                db.Structures.Add(structure);
                await db.SaveChangesAsync(ct);
                return TypedResults.Created($"/api/parametres/structures/{structure.Code}", Reponse(structure));
            })
            .WithName("CreerStructure")
            .WithSummary("Créer une structure")
            .WithDescription("Une structure et ses places. Code de structure ou de place déjà pris : 409.")
            .RequirePermission(DossiersPermissions.Parametrer)
            .WithValidation<StructureRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);

        parametres.MapGet("/plannings-types", async (DossiersDbContext db, CancellationToken ct) =>
                TypedResults.Ok<IReadOnlyList<PlanningTypeResponse>>((await db.PlanningsTypes.AsNoTracking().OrderBy(p => p.Code).ToListAsync(ct))
                    .Select(Reponse).ToList()))
            .WithName("ListerPlanningsTypes")
            .WithSummary("Lister les plannings types")
            .WithDescription("Plans hebdomadaires standard (« A.STAND-100 Atelier standard 100 % ») : jours et taux d'occupation.")
            .RequirePermission(DossiersPermissions.Lire);

        parametres.MapPost("/plannings-types", async Task<Results<Created<PlanningTypeResponse>, ProblemHttpResult>> (
                PlanningTypeRequest request, DossiersDbContext db, CancellationToken ct) =>
            {
                if (await db.PlanningsTypes.AnyAsync(p => p.Code == request.Code, ct))
                {
                    return ErrorResults.Problem(PlanningExistant);
                }

                var planning = new PlanningType(request.Code!, request.Libelle!, request.TauxOccupation!.Value, JoursSemaine.Stocker(request.Jours!));
                db.PlanningsTypes.Add(planning);
                await db.SaveChangesAsync(ct);
                return TypedResults.Created($"/api/parametres/plannings-types/{planning.Code}", Reponse(planning));
            })
            .WithName("CreerPlanningType")
            .WithSummary("Créer un planning type")
            .WithDescription("Jours de la semaine et taux d'occupation standard. Code déjà pris : 409.")
            .RequirePermission(DossiersPermissions.Parametrer)
            .WithValidation<PlanningTypeRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static StructureResponse Reponse(Structure s) =>
        new(s.Code, s.Libelle, s.Type, s.Active, s.Places.OrderBy(p => p.Code).Select(p => new PlaceResponse(p.Code, p.Libelle)).ToList());

    private static PlanningTypeResponse Reponse(PlanningType p) => new(p.Code, p.Libelle, p.TauxOccupation, JoursSemaine.Lire(p.Jours));
}
