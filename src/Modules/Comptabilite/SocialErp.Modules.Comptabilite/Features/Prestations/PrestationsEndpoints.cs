using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Idempotence;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Prestations;

internal static class PrestationsEndpoints
{
    public static void MapPrestationsValorisees(this IEndpointRouteBuilder group)
    {
        group.MapPost("/prestations-valorisees", EnregistrerAsync)
            .WithName("ValoriserPrestation")
            .WithSummary("Enregistrer une prestation valorisée")
            .WithDescription(
                "Prestation d'un intervenant (fiche de catégorie intervenant) sur un dossier : valorisée au tarif valide à sa date "
                + "(heures × prix ou unités × prix) et imputée au dossier par type de charge (conseil 3100, assistance 3101, médical 3633, "
                + "formation 3635) contre 4390. Refacturable : reprise par la prochaine facture débiteur du dossier. Idempotency-Key honoré.")
            .RequirePermission(ComptabilitePermissions.ValoriserPrestations)
            .WithValidation<PrestationRequest>()
            .WithIdempotence<PrestationRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/prestations-valorisees", ListerAsync)
            .WithName("ListerPrestationsValorisees")
            .WithSummary("Prestations valorisées d'un dossier")
            .WithDescription("Par date ; `refacturables=true` ne garde que les prestations refacturables pas encore facturées.")
            .RequirePermission(ComptabilitePermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/prestations-valorisees/{id:guid}", ObtenirAsync)
            .WithName("ObtenirPrestationValorisee")
            .WithSummary("Une prestation valorisée")
            .RequirePermission(ComptabilitePermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static PrestationResponse From(PrestationValorisee p) => new(
        p.Id, p.IntervenantId, p.Date, p.TypePrestation, TypesPrestation.Imputations[p.TypePrestation].TypeCharge, p.TarifId, p.DureeMinutes,
        p.Quantite, Chf.Montant(p.PrixUnitaire), Chf.Montant(p.Montant), p.DossierId, p.FicheId, p.Libelle, p.Refacturable, p.EcritureId, p.FactureId);

    private static async Task<Results<Created<PrestationResponse>, ProblemHttpResult>> EnregistrerAsync(
        PrestationRequest request,
        [Microsoft.AspNetCore.Mvc.FromHeader(Name = IdempotenceFilter<PrestationRequest>.Header)] string? idempotencyKey,
        ValoriserPrestationHandler handler,
        CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(request, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created($"/api/comptabilite/prestations-valorisees/{result.Value.Id}", From(result.Value))
            : ErrorResults.Problem(result.Error!);
    }

    private static async Task<Results<Ok<List<PrestationResponse>>, ProblemHttpResult>> ListerAsync(
        Guid dossierId, bool? refacturables, DimensionsVisibles visibles, ComptabiliteDbContext db, CancellationToken cancellationToken)
    {
        if (!await visibles.DossierAsync(dossierId, cancellationToken))
        {
            return ErrorResults.Problem(ComptabiliteErrors.DossierIntrouvable);
        }

        var prestations = db.PrestationsValorisees.AsNoTracking().Where(p => p.DossierId == dossierId);
        if (refacturables == true)
        {
            prestations = prestations.Where(p => p.Refacturable && p.FactureId == null);
        }

        var liste = await prestations.OrderBy(p => p.Date).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(liste.Select(From).ToList());
    }

    private static async Task<Results<Ok<PrestationResponse>, ProblemHttpResult>> ObtenirAsync(
        Guid id, DimensionsVisibles visibles, ComptabiliteDbContext db, CancellationToken cancellationToken)
    {
        var prestation = await db.PrestationsValorisees.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return prestation is not null && await visibles.DossierAsync(prestation.DossierId, cancellationToken)
            ? TypedResults.Ok(From(prestation))
            : ErrorResults.Problem(PrestationIntrouvable);
    }

    private static readonly SocialErp.SharedKernel.Results.Error PrestationIntrouvable = SocialErp.SharedKernel.Results.Error.NotFound(
        "comptabilite.prestation-introuvable", "Cette prestation n'existe pas ou ne vous est pas visible.");
}
