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

    private static readonly Error StructureIntrouvable = Error.NotFound("dossiers.structure-introuvable", "Cette structure n'existe pas.");

    private static readonly Error PlanningIntrouvable = Error.NotFound("dossiers.planning-introuvable", "Ce planning type n'existe pas.");

    private static readonly Error PlaceUtilisee = Error.Conflict(
        "dossiers.place-utilisee", "Une place retirée est occupée par un placement : terminez-le ou gardez la place.");

    private static readonly Error CodeDifferent = Error.Validation("code", "Le code ne se modifie pas : il doit être celui de l'adresse.");

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

        parametres.MapPut("/structures/{code}", ModifierStructureAsync)
            .WithName("ModifierStructure")
            .WithSummary("Modifier une structure et ses places")
            .WithDescription("Libellé, type, active, et la liste complète des places : les nouveaux codes sont ajoutés (409 si pris ailleurs), "
                + "les connus renommés, les absents retirés (409 si un placement les occupe). Structure inconnue : 404.")
            .RequirePermission(DossiersPermissions.Parametrer)
            .WithValidation<ModifierStructureRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
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

        parametres.MapPut("/plannings-types/{code}", async Task<Results<Ok<PlanningTypeResponse>, ProblemHttpResult>> (
                string code, PlanningTypeRequest request, DossiersDbContext db, CancellationToken ct) =>
            {
                if (request.Code != code)
                {
                    return ErrorResults.Problem(CodeDifferent);
                }

                var planning = await db.PlanningsTypes.FirstOrDefaultAsync(p => p.Code == code, ct);
                if (planning is null)
                {
                    return ErrorResults.Problem(PlanningIntrouvable);
                }

                planning.Modifier(request.Libelle!, request.TauxOccupation!.Value, JoursSemaine.Stocker(request.Jours!));
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(Reponse(planning));
            })
            .WithName("ModifierPlanningType")
            .WithSummary("Modifier un planning type")
            .WithDescription("Libellé, taux et jours ; les placements déjà faits gardent les leurs. Code du corps différent de l'adresse : 400 ; "
                + "planning inconnu : 404.")
            .RequirePermission(DossiersPermissions.Parametrer)
            .WithValidation<PlanningTypeRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<StructureResponse>, ProblemHttpResult>> ModifierStructureAsync(
        string code, ModifierStructureRequest request, DossiersDbContext db, CancellationToken cancellationToken)
    {
        var structure = await db.Structures.Include(s => s.Places).FirstOrDefaultAsync(s => s.Code == code, cancellationToken);
        if (structure is null)
        {
            return ErrorResults.Problem(StructureIntrouvable);
        }

        var voulues = (request.Places ?? []).ToDictionary(p => p.Code!, p => p.Libelle!);
        var retirees = structure.Places.Where(p => !voulues.ContainsKey(p.Code)).ToList();
        var codesRetires = retirees.Select(p => p.Code).ToList();
        if (await db.Placements.AnyAsync(p => codesRetires.Contains(p.PlaceCode), cancellationToken))
        {
            return ErrorResults.Problem(PlaceUtilisee);
        }

        var nouvelles = voulues.Keys.Where(c => structure.Places.All(p => p.Code != c)).ToList();
        if (await db.Set<PlaceStructure>().AnyAsync(p => nouvelles.Contains(p.Code), cancellationToken))
        {
            return ErrorResults.Problem(StructureExistante);
        }

        structure.Modifier(request.Libelle!, request.Type!, request.Active);
        retirees.ForEach(structure.RetirerPlace);
        foreach (var place in structure.Places)
        {
            place.Renommer(voulues[place.Code]);
        }

        nouvelles.ForEach(c => structure.AjouterPlace(c, voulues[c]));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(Reponse(structure));
    }

    private static StructureResponse Reponse(Structure s) =>
        new(s.Code, s.Libelle, s.Type, s.Active, s.Places.OrderBy(p => p.Code).Select(p => new PlaceResponse(p.Code, p.Libelle)).ToList());

    private static PlanningTypeResponse Reponse(PlanningType p) => new(p.Code, p.Libelle, p.TauxOccupation, JoursSemaine.Lire(p.Jours));
}
