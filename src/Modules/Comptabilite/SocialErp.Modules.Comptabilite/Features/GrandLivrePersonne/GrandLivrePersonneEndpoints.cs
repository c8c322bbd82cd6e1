using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.Features.GrandLivrePersonne;

internal static class GrandLivrePersonneEndpoints
{
    public static void MapGrandLivrePersonne(this IEndpointRouteBuilder group)
    {
        group.MapGet("/personnes/{ficheId:guid}/grand-livre", GrandLivreAsync)
            .WithName("GrandLivrePersonne")
            .WithSummary("Grand livre d'une personne")
            .WithDescription(
                "Les lignes portant la personne (et les fiches fusionnées dans la sienne) du « du » au « au » (aujourd'hui par défaut) : "
                + "solde d'ouverture, lignes avec solde courant, totaux, solde de clôture (débit − crédit). 404 si la fiche est inconnue ou invisible.")
            .RequirePermission(ComptabilitePermissions.Lire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/personnes/{ficheId:guid}/soldes", SoldesAsync)
            .WithName("SoldesPersonne")
            .WithSummary("Soldes d'une personne à une date")
            .WithDescription("Soldes à la date (aujourd'hui par défaut) par genre de compte, par compte et par type de charge.")
            .RequirePermission(ComptabilitePermissions.Lire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<GrandLivreResponse>, ProblemHttpResult>> GrandLivreAsync(
        Guid ficheId, DateOnly? du, DateOnly? au, DimensionsVisibles visibles, LecteurGrandLivre lecteur, PresentationGrandLivre presentation,
        TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var intervalle = Intervalle.Lire(du, au, timeProvider);
        if (!intervalle.IsSuccess)
        {
            return ErrorResults.Problem(intervalle.Error!);
        }

        if (!await visibles.FicheAsync(ficheId, cancellationToken))
        {
            return ErrorResults.Problem(ComptabiliteErrors.FicheIntrouvable);
        }

        var fiches = await lecteur.FichesDeAsync(ficheId, cancellationToken);
        var lignes = await lecteur.MouvementsPersonnesAsync(fiches, du: null, intervalle.Value.Au, cancellationToken);
        return TypedResults.Ok(await presentation.GrandLivreAsync(lignes, intervalle.Value.Du, intervalle.Value.Au, new HashSet<Guid>(), cancellationToken));
    }

    private static async Task<Results<Ok<SoldesResponse>, ProblemHttpResult>> SoldesAsync(
        Guid ficheId, DateOnly? date, DimensionsVisibles visibles, LecteurGrandLivre lecteur, LecteurSoldes soldes, PresentationGrandLivre presentation,
        TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (!await visibles.FicheAsync(ficheId, cancellationToken))
        {
            return ErrorResults.Problem(ComptabiliteErrors.FicheIntrouvable);
        }

        var au = date ?? timeProvider.Aujourdhui();
        var cumuls = await soldes.PersonneAsync(await lecteur.FichesDeAsync(ficheId, cancellationToken), au, cancellationToken);
        return TypedResults.Ok(await presentation.SoldesAsync(cumuls, au, cancellationToken));
    }
}
