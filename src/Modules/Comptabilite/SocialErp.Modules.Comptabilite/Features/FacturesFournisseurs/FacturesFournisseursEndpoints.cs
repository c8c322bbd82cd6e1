using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Domain.Paiements;
using SocialErp.Modules.Comptabilite.Idempotence;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.FacturesFournisseurs;

internal static class FacturesFournisseursEndpoints
{
    private const int Limite = 500;

    public static void MapFacturesFournisseurs(this IEndpointRouteBuilder group)
    {
        group.MapGet("/factures-fournisseurs", ListerAsync)
            .WithName("ListerFacturesFournisseurs")
            .WithSummary("Factures fournisseurs")
            .WithDescription("Les factures dont au moins un dossier est visible (au plus 500), filtrables par « statut » (a-approuver, approuvee) et « dossierId ».")
            .RequirePermission(ComptabilitePermissions.Lire);
        group.MapPost("/factures-fournisseurs", SaisirAsync)
            .WithName("SaisirFactureFournisseur")
            .WithSummary("Saisir une facture fournisseur payée pour des bénéficiaires")
            .WithDescription(
                "Depuis la facture QR (« qr » : compte, référence, montant et créancier y sont lus) ou avec IBAN suisse / QR-IBAN et référence "
                + "(QR-IBAN ⇔ référence QR), le fournisseur étant une fiche ou une adresse. Répartition sur un ou plusieurs dossiers et personnes, égale "
                + "au montant. À approuver par une autre personne. Idempotency-Key honoré.")
            .RequirePermission(ComptabilitePermissions.Ecrire)
            .WithValidation<FactureFournisseurRequest>()
            .WithIdempotence<FactureFournisseurRequest>();
        group.MapGet("/factures-fournisseurs/{id:guid}", ObtenirAsync)
            .WithName("ObtenirFactureFournisseur")
            .WithSummary("Une facture fournisseur")
            .RequirePermission(ComptabilitePermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/factures-fournisseurs/{id:guid}/approbation", ApprouverAsync)
            .WithName("ApprouverFactureFournisseur")
            .WithSummary("Approuver une facture fournisseur (quatre yeux)")
            .WithDescription(
                "Par une autre personne que celle qui l'a saisie (409 comptabilite.quatre-yeux sinon). Passe l'écriture charge (par dossier et personne) "
                + "contre créanciers et crée l'ordre de paiement à l'échéance. If-Match facultatif.")
            .RequirePermission(ComptabilitePermissions.ValiderPaiements)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<Ok<List<FactureFournisseurResponse>>> ListerAsync(
        string? statut, Guid? dossierId, ComptabiliteDbContext db, FacturesFournisseursHandler handler, CancellationToken cancellationToken)
    {
        var factures = db.FacturesFournisseurs.AsNoTracking().Include(f => f.Repartitions).AsQueryable();
        if (statut is not null)
        {
            factures = factures.Where(f => f.Statut == statut);
        }

        if (dossierId is not null)
        {
            factures = factures.Where(f => f.Repartitions.Any(r => r.DossierId == dossierId));
        }

        var reponse = new List<FactureFournisseurResponse>();
        foreach (var facture in await factures.OrderByDescending(f => f.DateFacture).ThenBy(f => f.Id).Take(Limite).ToListAsync(cancellationToken))
        {
            if (await handler.VisibleAsync(facture, cancellationToken))
            {
                reponse.Add(FactureFournisseurResponse.From(facture));
            }
        }

        return TypedResults.Ok(reponse);
    }

    private static async Task<Results<Created<FactureFournisseurResponse>, ProblemHttpResult>> SaisirAsync(
        FactureFournisseurRequest request,
        [FromHeader(Name = IdempotenceFilter<FactureFournisseurRequest>.Header)] string? idempotencyKey,
        FacturesFournisseursHandler handler,
        CancellationToken cancellationToken)
    {
        var result = await handler.SaisirAsync(request, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created($"/api/comptabilite/factures-fournisseurs/{result.Value.Id}", FactureFournisseurResponse.From(result.Value))
            : ErrorResults.Problem(result.Error!);
    }

    private static async Task<Results<Ok<FactureFournisseurResponse>, ProblemHttpResult>> ObtenirAsync(
        Guid id, FacturesFournisseursHandler handler, HttpContext context, CancellationToken cancellationToken)
    {
        var facture = await handler.ChargerAsync(id, cancellationToken);
        if (facture is null)
        {
            return ErrorResults.Problem(PaiementsErrors.FactureIntrouvable);
        }

        ETags.Set(context.Response, facture.Version);
        return TypedResults.Ok(FactureFournisseurResponse.From(facture));
    }

    private static async Task<Results<Ok<FactureFournisseurResponse>, ProblemHttpResult>> ApprouverAsync(
        Guid id, FacturesFournisseursHandler handler, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(context, version => handler.ApprouverAsync(id, version, cancellationToken), f => f.Version);
        return result.IsSuccess ? TypedResults.Ok(FactureFournisseurResponse.From(result.Value)) : ErrorResults.Problem(result.Error!);
    }
}
