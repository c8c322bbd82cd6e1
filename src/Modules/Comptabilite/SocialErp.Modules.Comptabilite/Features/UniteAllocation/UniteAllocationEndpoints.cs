using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.Features.UniteAllocation;

internal static class UniteAllocationEndpoints
{
    private const string Regles =
        "Le grand livre consolidé d'une unité d'allocation (UA) réunit les lignes de chaque membre pendant ses périodes d'appartenance "
        + "(entrées et sorties en cours d'année, UA successives) et les lignes passées sur l'UA elle-même ; les virements entre membres "
        + "(« interne ») s'annulent. 404 si le dossier est inconnu ou invisible.";

    public static void MapUniteAllocation(this IEndpointRouteBuilder group)
    {
        group.MapGet("/unites-allocation/{dossierId:guid}/grand-livre", GrandLivreAsync)
            .WithName("GrandLivreUniteAllocation")
            .WithSummary("Grand livre consolidé d'une unité d'allocation")
            .WithDescription(Regles)
            .RequirePermission(ComptabilitePermissions.Lire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/unites-allocation/{dossierId:guid}/soldes", SoldesAsync)
            .WithName("SoldesUniteAllocation")
            .WithSummary("Soldes consolidés d'une unité d'allocation à une date")
            .WithDescription(Regles)
            .RequirePermission(ComptabilitePermissions.Lire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/unites-allocation/{dossierId:guid}/soldes-mensuels", SoldesMensuelsAsync)
            .WithName("SoldesMensuelsUniteAllocation")
            .WithSummary("Mouvements consolidés d'une unité d'allocation, mois par mois")
            .WithDescription(Regles)
            .RequirePermission(ComptabilitePermissions.Lire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/unites-allocation/{dossierId:guid}/membres", MembresAsync)
            .WithName("MembresUniteAllocation")
            .WithSummary("Périodes d'appartenance connues de la comptabilité")
            .WithDescription("La projection locale des événements « unité d'allocation modifiée » du module Dossiers.")
            .RequirePermission(ComptabilitePermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<GrandLivreResponse>, ProblemHttpResult>> GrandLivreAsync(
        Guid dossierId, DateOnly? du, DateOnly? au, DimensionsVisibles visibles, LecteurGrandLivre lecteur, PresentationGrandLivre presentation,
        TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var intervalle = Intervalle.Lire(du, au, timeProvider);
        if (!intervalle.IsSuccess)
        {
            return ErrorResults.Problem(intervalle.Error!);
        }

        if (!await visibles.DossierAsync(dossierId, cancellationToken))
        {
            return ErrorResults.Problem(ComptabiliteErrors.DossierIntrouvable);
        }

        var perimetre = await lecteur.PerimetreAsync(dossierId, cancellationToken);
        var lignes = await lecteur.MouvementsUniteAsync(perimetre, dossierId, intervalle.Value.Au, cancellationToken);
        var nombres = await lecteur.NombreLignesAsync(lignes.Where(l => du is null || l.Date >= du).Select(l => l.EcritureId).Distinct().ToList(), cancellationToken);
        var internes = PerimetreUniteAllocation.EcrituresInternes(lignes, nombres);
        return TypedResults.Ok(await presentation.GrandLivreAsync(lignes, intervalle.Value.Du, intervalle.Value.Au, internes, cancellationToken));
    }

    private static async Task<Results<Ok<SoldesResponse>, ProblemHttpResult>> SoldesAsync(
        Guid dossierId, DateOnly? date, DimensionsVisibles visibles, LecteurSoldes soldes, PresentationGrandLivre presentation,
        TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (!await visibles.DossierAsync(dossierId, cancellationToken))
        {
            return ErrorResults.Problem(ComptabiliteErrors.DossierIntrouvable);
        }

        var au = date ?? timeProvider.Aujourdhui();
        var cumuls = await soldes.UniteAsync(dossierId, au, cancellationToken);
        return TypedResults.Ok(await presentation.SoldesAsync(cumuls, au, cancellationToken));
    }

    private static async Task<Results<Ok<SoldesMensuelsResponse>, ProblemHttpResult>> SoldesMensuelsAsync(
        Guid dossierId, int? annee, DimensionsVisibles visibles, LecteurGrandLivre lecteur, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var an = annee ?? timeProvider.Aujourdhui().Year;
        if (an is < 1900 or > 9998)
        {
            return ErrorResults.Problem(SharedKernel.Results.Error.Validation("annee", "Année invalide."));
        }

        if (!await visibles.DossierAsync(dossierId, cancellationToken))
        {
            return ErrorResults.Problem(ComptabiliteErrors.DossierIntrouvable);
        }

        var lignes = (await lecteur.MouvementsUniteAsync(await lecteur.PerimetreAsync(dossierId, cancellationToken), dossierId, new DateOnly(an, 12, 31), cancellationToken))
            .Where(l => l.Date.Year == an)
            .ToList();
        var mois = Enumerable.Range(1, 12)
            .Select(m => lignes.Where(l => l.Date.Month == m).ToList())
            .Select((duMois, i) => new MoisResponse(
                $"{an:D4}-{i + 1:D2}",
                SoldeResponse.From(Solde.Par(duMois, l => l.Genre)),
                SoldeResponse.From(Solde.Par(duMois.Where(l => l.TypeCharge is not null), l => l.TypeCharge))))
            .ToList();
        return TypedResults.Ok(new SoldesMensuelsResponse(dossierId, an, mois));
    }

    private static async Task<Results<Ok<List<MembreUniteAllocationResponse>>, ProblemHttpResult>> MembresAsync(
        Guid dossierId, DimensionsVisibles visibles, ComptabiliteDbContext db, CancellationToken cancellationToken)
    {
        if (!await visibles.DossierAsync(dossierId, cancellationToken))
        {
            return ErrorResults.Problem(ComptabiliteErrors.DossierIntrouvable);
        }

        var membres = await db.MembresUa.AsNoTracking()
            .Where(m => m.DossierId == dossierId)
            .OrderBy(m => m.Du).ThenBy(m => m.FicheId)
            .Select(m => new MembreUniteAllocationResponse(m.FicheId, m.Role, m.Du, m.Au))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(membres);
    }
}
