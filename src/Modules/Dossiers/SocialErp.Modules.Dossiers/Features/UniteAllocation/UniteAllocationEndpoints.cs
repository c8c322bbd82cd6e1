using SocialErp.SharedKernel.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Features.UniteAllocation;

internal static class UniteAllocationEndpoints
{
    public static void MapUniteAllocation(this IEndpointRouteBuilder group)
    {
        group.MapGet("/{id:guid}/unite-allocation", LireAsync)
            .WithName("LireUniteAllocation")
            .WithSummary("Lire l'unité d'allocation d'un dossier")
            .WithDescription("Toutes les périodes d'appartenance (historique), ou avec date=AAAA-MM-JJ les membres à cette date.")
            .RequirePermission(DossiersPermissions.Lire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}/unite-allocation", RemplacerAsync)
            .WithName("RemplacerUniteAllocation")
            .WithSummary("Remplacer l'unité d'allocation d'un dossier")
            .WithDescription(
                "Remplace l'historique complet des périodes. Refusé (400) : fiche non membre du dossier, périodes qui se chevauchent "
                + "pour une même fiche (dossiers.ua-chevauchement), deux requérants à une même date (dossiers.ua-deux-requerants) "
                + "ou des membres sans requérant (dossiers.ua-sans-requerant). Publie l'historique complet "
                + "(dossiers.unite-allocation-modifiee.v1). If-Match facultatif ; dossier archivé : 409.")
            .RequirePermission(DossiersPermissions.Ecrire)
            .WithValidation<UniteAllocationRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<Results<Ok<UniteAllocationResponse>, ProblemHttpResult>> LireAsync(
        Guid id, DateOnly? date, ChargementDossier chargement, HttpResponse response, CancellationToken cancellationToken)
    {
        var dossier = await chargement.LireAsync(id, cancellationToken);
        if (dossier is null)
        {
            return ErrorResults.Problem(DossierErrors.Introuvable);
        }

        ETags.Set(response, dossier.Version);
        return TypedResults.Ok(UniteAllocationResponse.From(dossier, date));
    }

    private static async Task<Results<Ok<UniteAllocationResponse>, ProblemHttpResult>> RemplacerAsync(
        Guid id, UniteAllocationRequest request, ChargementDossier chargement, DossiersDbContext db, TimeProvider timeProvider,
        HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(
            context,
            async version =>
            {
                var charge = await chargement.PourModifierAsync(id, version, cancellationToken);
                if (!charge.IsSuccess)
                {
                    return charge;
                }

                var dossier = charge.Value;
                var periodes = request.Periodes!.Select(p => new PeriodeSaisie(p.FicheId!.Value, p.Role!, p.Du!.Value, p.Au)).ToList();
                var remplacement = dossier.RemplacerUniteAllocation(periodes, timeProvider.Maintenant());
                if (!remplacement.IsSuccess)
                {
                    return Result<Dossier>.Failure(remplacement.Error!);
                }

                db.Publish(EvenementsIntegration.UniteAllocation(dossier));
                await db.SaveChangesAsync(cancellationToken);
                return dossier;
            },
            dossier => dossier.Version);
        return result.IsSuccess ? TypedResults.Ok(UniteAllocationResponse.From(result.Value, null)) : ErrorResults.Problem(result.Error!);
    }
}
