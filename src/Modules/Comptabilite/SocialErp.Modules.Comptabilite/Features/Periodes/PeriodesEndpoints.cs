using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.Features.Periodes;

internal static class PeriodesEndpoints
{
    public static void MapPeriodes(this IEndpointRouteBuilder group)
    {
        group.MapGet("/periodes", ListerAsync)
            .WithName("ListerPeriodes")
            .WithSummary("États des mois d'une année")
            .WithDescription("Les douze mois de « annee » (l'année en cours par défaut) : clôturé ou non, et l'historique des clôtures et réouvertures.")
            .RequirePermission(ComptabilitePermissions.Lire)
            .ProducesValidationProblem();
        group.MapPost("/periodes/{annee:int}-{mois:int}/cloture", CloturerMoisAsync)
            .WithName("CloturerMois")
            .WithSummary("Clôturer un mois")
            .WithDescription("Plus aucune écriture ne peut être datée dans ce mois (409). 409 s'il est déjà clôturé.")
            .RequirePermission(ComptabilitePermissions.Cloturer)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/periodes/{annee:int}/cloture", CloturerAnneeAsync)
            .WithName("CloturerAnnee")
            .WithSummary("Clôturer une année")
            .WithDescription("Clôture chacun des douze mois encore ouverts ; 409 s'ils le sont tous déjà.")
            .RequirePermission(ComptabilitePermissions.Cloturer)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/periodes/{annee:int}-{mois:int}/reouverture", RouvrirAsync)
            .WithName("RouvrirMois")
            .WithSummary("Rouvrir un mois clôturé (direction)")
            .WithDescription("Réservé à la direction ; le motif est requis et reste dans l'historique du mois. 409 si le mois n'est pas clôturé.")
            .RequirePermission(ComptabilitePermissions.Rouvrir)
            .WithValidation<ReouvertureRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<IReadOnlyList<PeriodeResponse>>, ProblemHttpResult>> ListerAsync(
        int? annee, PeriodesHandler handler, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var an = annee ?? timeProvider.Aujourdhui().Year;
        return Valider(an, 1) is { } erreur ? ErrorResults.Problem(erreur) : TypedResults.Ok(await handler.ListerAsync(an, cancellationToken));
    }

    private static async Task<Results<Ok<PeriodeResponse>, ProblemHttpResult>> CloturerMoisAsync(
        int annee, int mois, PeriodesHandler handler, CancellationToken cancellationToken)
    {
        if (Valider(annee, mois) is { } erreur)
        {
            return ErrorResults.Problem(erreur);
        }

        var result = await handler.CloturerAsync(annee, [mois], refuserSiDejaCloturee: true, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value[0]) : ErrorResults.Problem(result.Error!);
    }

    private static async Task<Results<Ok<IReadOnlyList<PeriodeResponse>>, ProblemHttpResult>> CloturerAnneeAsync(
        int annee, PeriodesHandler handler, CancellationToken cancellationToken)
    {
        if (Valider(annee, 1) is { } erreur)
        {
            return ErrorResults.Problem(erreur);
        }

        var result = await handler.CloturerAsync(annee, Enumerable.Range(1, 12).ToList(), refuserSiDejaCloturee: false, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ErrorResults.Problem(result.Error!);
    }

    private static async Task<Results<Ok<PeriodeResponse>, ProblemHttpResult>> RouvrirAsync(
        int annee, int mois, ReouvertureRequest request, PeriodesHandler handler, CancellationToken cancellationToken)
    {
        if (Valider(annee, mois) is { } erreur)
        {
            return ErrorResults.Problem(erreur);
        }

        var result = await handler.RouvrirAsync(annee, mois, request.Motif!, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ErrorResults.Problem(result.Error!);
    }

    private static Error? Valider(int annee, int mois) =>
        annee is < 1900 or > 9999 ? Error.Validation("annee", "Année invalide.")
        : mois is < 1 or > 12 ? Error.Validation("mois", "Le mois est compris entre 1 et 12.")
        : null;
}
