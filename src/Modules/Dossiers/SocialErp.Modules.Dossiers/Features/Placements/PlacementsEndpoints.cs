using SocialErp.SharedKernel.Time;
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

namespace SocialErp.Modules.Dossiers.Features.Placements;

internal static class PlacementsEndpoints
{
    private static readonly Error PlaceIntrouvable = new(
        "dossiers.place-introuvable", "Cette place n'existe pas.", ErrorKind.NotFound,
        new Dictionary<string, string[]> { ["placeCode"] = ["Place inconnue."] });

    private static readonly Error PlanningIntrouvable = new(
        "dossiers.planning-introuvable", "Ce planning type n'existe pas.", ErrorKind.NotFound,
        new Dictionary<string, string[]> { ["planningCode"] = ["Planning type inconnu."] });

    private static readonly Error PlaceOccupee = Error.Conflict(
        "dossiers.place-occupee", "Cette place est déjà occupée par un autre placement sur une partie de la période.");

    private static readonly Error PlacementIntrouvable = Error.NotFound("dossiers.placement-introuvable", "Ce placement n'existe pas dans ce dossier.");

    private static readonly Error FicheNonMembre = new(
        "dossiers.fiche-non-membre", "Seul un membre du dossier peut y être placé.", ErrorKind.Validation,
        new Dictionary<string, string[]> { ["ficheId"] = ["Cette fiche n'est pas membre du dossier."] });

    public static void MapPlacements(this IEndpointRouteBuilder group)
    {
        group.MapGet("/{id:guid}/placements", ListerAsync)
            .WithName("ListerPlacementsDossier")
            .WithSummary("Lister les placements d'un dossier")
            .WithDescription("Places en atelier, logement ou home, période, taux d'occupation et planning hebdomadaire. Dossier invisible : 404.")
            .RequirePermission(DossiersPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/placements", PlacerAsync)
            .WithName("PlacerDossier")
            .WithSummary("Placer un membre du dossier")
            .WithDescription("Place un membre du dossier (400 sinon) dans une place de structure (404 si inconnue). Sans taux ni jours, ceux du "
                + "planning type s'appliquent (400 s'il n'y en a pas). Place déjà occupée sur la période : 409 ; dossier archivé : 409.")
            .RequirePermission(DossiersPermissions.Ecrire)
            .WithValidation<PlacementRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{id:guid}/placements/{placementId:guid}", LireAsync)
            .WithName("LirePlacementDossier")
            .WithSummary("Lire un placement")
            .WithDescription("Un placement du dossier, avec son ETag. Dossier invisible ou placement inconnu : 404.")
            .RequirePermission(DossiersPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/placements/{placementId:guid}/fin", TerminerAsync)
            .WithName("TerminerPlacementDossier")
            .WithSummary("Terminer un placement")
            .WithDescription("Fixe (ou déplace) le dernier jour du placement ; la place est libre dès le lendemain. Fin avant le début : 400 ; "
                + "prolongation sur le placement suivant de la place : 409 ; dossier archivé : 409 ; If-Match : 412 si périmé.")
            .RequirePermission(DossiersPermissions.Ecrire)
            .WithValidation<FinPlacementRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<Results<Ok<PlacementResponse>, ProblemHttpResult>> LireAsync(
        Guid id, Guid placementId, DossiersCibles cibles, DossiersDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var cible = await cibles.PourLireAsync(id, cancellationToken);
        if (!cible.IsSuccess)
        {
            return ErrorResults.Problem(cible.Error!);
        }

        var placement = await db.Placements.AsNoTracking().FirstOrDefaultAsync(p => p.Id == placementId && p.DossierId == id, cancellationToken);
        if (placement is null)
        {
            return ErrorResults.Problem(PlacementIntrouvable);
        }

        ETags.Set(response, placement.Version);
        return TypedResults.Ok(Reponse(placement));
    }

    private static async Task<Results<Ok<PlacementResponse>, ProblemHttpResult>> TerminerAsync(
        Guid id, Guid placementId, FinPlacementRequest request, DossiersCibles cibles, DossiersDbContext db, HttpContext context,
        CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync<Placement>(context, async version =>
        {
            var cible = await cibles.PourModifierAsync(id, cancellationToken);
            if (!cible.IsSuccess)
            {
                return cible.Error!;
            }

            var placement = await db.Placements.FirstOrDefaultAsync(p => p.Id == placementId && p.DossierId == id, cancellationToken);
            if (placement is null)
            {
                return PlacementIntrouvable;
            }

            var controle = ETags.Check(version, placement.Version);
            if (!controle.IsSuccess)
            {
                return controle.Error!;
            }

            var au = request.Au!.Value;
            if (await db.Placements.AnyAsync(
                    p => p.Id != placement.Id && p.PlaceCode == placement.PlaceCode && p.Du > placement.Du && p.Du <= au, cancellationToken))
            {
                return PlaceOccupee;
            }

            var terminee = placement.Terminer(au);
            if (!terminee.IsSuccess)
            {
                return terminee.Error!;
            }

            await db.SaveChangesAsync(cancellationToken);
            return placement;
        }, p => p.Version);
        return result.IsSuccess ? TypedResults.Ok(Reponse(result.Value)) : ErrorResults.Problem(result.Error!);
    }

    private static async Task<Results<Ok<IReadOnlyList<PlacementResponse>>, ProblemHttpResult>> ListerAsync(
        Guid id, DossiersCibles cibles, DossiersDbContext db, CancellationToken cancellationToken)
    {
        var cible = await cibles.PourLireAsync(id, cancellationToken);
        if (!cible.IsSuccess)
        {
            return ErrorResults.Problem(cible.Error!);
        }

        var placements = await db.Placements.AsNoTracking().Where(p => p.DossierId == id).OrderBy(p => p.Du).ThenBy(p => p.PlaceCode)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<PlacementResponse>>(placements.Select(Reponse).ToList());
    }

    private static async Task<Results<Created<PlacementResponse>, ProblemHttpResult>> PlacerAsync(
        Guid id, PlacementRequest request, DossiersCibles cibles, DossiersDbContext db, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var cible = await cibles.PourModifierAsync(id, cancellationToken);
        if (!cible.IsSuccess)
        {
            return ErrorResults.Problem(cible.Error!);
        }

        var ficheId = request.FicheId!.Value;
        if (!await db.Membres.AnyAsync(m => m.DossierId == id && m.FicheId == ficheId, cancellationToken))
        {
            return ErrorResults.Problem(FicheNonMembre);
        }

        var place = await db.Set<PlaceStructure>().AsNoTracking().FirstOrDefaultAsync(p => p.Code == request.PlaceCode, cancellationToken);
        if (place is null)
        {
            return ErrorResults.Problem(PlaceIntrouvable);
        }

        PlanningType? planning = null;
        if (request.PlanningCode is not null)
        {
            planning = await db.PlanningsTypes.AsNoTracking().FirstOrDefaultAsync(p => p.Code == request.PlanningCode, cancellationToken);
            if (planning is null)
            {
                return ErrorResults.Problem(PlanningIntrouvable);
            }
        }

        var taux = request.TauxOccupation ?? planning?.TauxOccupation;
        var jours = request.Jours ?? (planning is null ? null : JoursSemaine.Lire(planning.Jours));
        if (taux is null || jours is null || jours.Count == 0)
        {
            return ErrorResults.Problem(Error.Validation(
                taux is null ? "tauxOccupation" : "jours", "Sans planning type, indiquez le taux d'occupation et au moins un jour."));
        }

        var du = request.Du!.Value;
        var au = request.Au;
        if (await db.Placements.AnyAsync(
                p => p.PlaceCode == place.Code && (p.Au == null || p.Au >= du) && (au == null || p.Du <= au), cancellationToken))
        {
            return ErrorResults.Problem(PlaceOccupee);
        }

        var placement = Placement.Placer(
            id, ficheId, place, du, au, taux.Value, request.PlanningCode, jours, request.Remarque, timeProvider.Maintenant());
        db.Placements.Add(placement);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/dossiers/{id}/placements/{placement.Id}", Reponse(placement));
    }

    private static PlacementResponse Reponse(Placement p) => new(
        p.Id, p.FicheId, p.StructureCode, p.PlaceCode, p.Du, p.Au, p.TauxOccupation, p.PlanningCode, JoursSemaine.Lire(p.Jours), p.Remarque,
        p.Version);
}
