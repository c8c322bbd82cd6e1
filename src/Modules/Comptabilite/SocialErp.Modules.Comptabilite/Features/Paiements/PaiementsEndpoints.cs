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
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Idempotence;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Paiements;

internal static class PaiementsEndpoints
{
    private const int Limite = 1000;

    public static void MapPaiements(this IEndpointRouteBuilder group)
    {
        group.MapGet("/paiements", ListerAsync)
            .WithName("ListerPaiements")
            .WithSummary("Ordres de paiement")
            .WithDescription(
                "Les ordres issus des exécutions de budgets et des factures fournisseurs approuvées (au plus 1000), filtrables par « statut » "
                + "(a-payer, en-lot, comptabilise, execute), « lotId », « dossierId » et « mois ». Un ordre lié à un dossier n'apparaît que si le dossier est visible.")
            .RequirePermission(ComptabilitePermissions.Lire);
        group.MapPost("/paiements", PreparerAsync)
            .WithName("PreparerLotsPaiements")
            .WithSummary("Grouper les ordres en attente en lots")
            .WithDescription(
                "Les ordres « a-payer » dont la date d'exécution est au plus « jusquAu » (tous sinon) forment un lot par date d'exécution ; la personne qui "
                + "prépare ne pourra pas libérer. 409 s'il n'y a aucun ordre. Idempotency-Key honoré.")
            .RequirePermission(ComptabilitePermissions.Ecrire)
            .WithIdempotence<PreparerLotsRequest>();
        group.MapGet("/paiements/lots", ListerLotsAsync)
            .WithName("ListerLotsPaiements")
            .WithSummary("Lots de paiements")
            .WithDescription("Les lots, les plus récents d'abord, filtrables par « statut » (prepare, libere, comptabilise, execute).")
            .RequirePermission(ComptabilitePermissions.Lire);
        group.MapGet("/paiements/lots/{id:guid}", ObtenirLotAsync)
            .WithName("ObtenirLotPaiements")
            .WithSummary("Un lot de paiements")
            .RequirePermission(ComptabilitePermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/paiements/lots/{id:guid}/liberation", LibererAsync)
            .WithName("LibererLotPaiements")
            .WithSummary("Libérer un lot (quatre yeux)")
            .WithDescription("Par une autre personne que celle qui l'a préparé (409 comptabilite.quatre-yeux sinon). If-Match facultatif.")
            .RequirePermission(ComptabilitePermissions.ValiderPaiements)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapGet("/paiements/lots/{id:guid}/pain001", Pain001Async)
            .WithName("Pain001LotPaiements")
            .WithSummary("Fichier pain.001.001.09 d'un lot libéré")
            .WithDescription(
                "Swiss Payment Standards (schéma pain.001.001.09.ch.03) : NbOfTxs et CtrlSum, adresses structurées, référence QRR/SCOR quand elle existe, "
                + "EndToEndId = identifiant de l'ordre. 409 tant que le lot n'est pas libéré.")
            .RequirePermission(ComptabilitePermissions.Ecrire)
            .Produces<byte[]>(StatusCodes.Status200OK, "application/xml")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/paiements/lots/{id:guid}/comptabilisation", ComptabiliserAsync)
            .WithName("ComptabiliserLotPaiements")
            .WithSummary("Comptabiliser un lot libéré")
            .WithDescription(
                "Une écriture par ordre à la date d'exécution : créancier (ou compte courant du bénéficiaire) au débit, banque au crédit ; chaque ordre "
                + "n'est comptabilisé qu'une fois. L'import du camt.054 de débit comptabilise de même les ordres qu'il confirme.")
            .RequirePermission(ComptabilitePermissions.Ecrire)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/paiements/camt054", ImporterDebitsAsync)
            .WithName("ImporterDebitsCamt054")
            .WithSummary("Importer l'avis de débit camt.054 de la banque")
            .WithDescription(
                "Corps : le fichier XML (camt.054 ou camt.053, versions .04 et .08). Chaque débit comptabilisé retrouve son ordre par l'EndToEndId émis "
                + "(ou tout le lot par son PmtInfId quand la banque le débite en un montant) : l'ordre est comptabilisé s'il ne l'était pas, puis marqué "
                + "exécuté. Un fichier illisible ou d'une version inconnue est refusé (400) sans rien importer ; un second import ne change rien.")
            .RequirePermission(ComptabilitePermissions.Ecrire)
            .Accepts<string>("application/xml", "text/xml")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<ImportDebitsResponse>, ProblemHttpResult>> ImporterDebitsAsync(
        HttpRequest request, ImportDebitsCamt import, CancellationToken cancellationToken)
    {
        // Buffered: XmlReader reads synchronously, which the server refuses on a request body.
        using var contenu = new MemoryStream();
        await request.Body.CopyToAsync(contenu, cancellationToken);
        contenu.Position = 0;
        var result = await import.ImporterAsync(contenu, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ErrorResults.Problem(result.Error!);
    }

    private static async Task<Ok<List<OrdrePaiementResponse>>> ListerAsync(
        string? statut, Guid? lotId, Guid? dossierId, string? mois, ComptabiliteDbContext db, DimensionsVisibles visibles, CancellationToken cancellationToken)
    {
        var ordres = db.OrdresPaiement.AsNoTracking();
        if (statut is not null)
        {
            ordres = ordres.Where(o => o.Statut == statut);
        }

        if (lotId is not null)
        {
            ordres = ordres.Where(o => o.LotId == lotId);
        }

        if (dossierId is not null)
        {
            ordres = ordres.Where(o => o.DossierId == dossierId);
        }

        if (mois is not null)
        {
            ordres = ordres.Where(o => o.Mois == mois);
        }

        var reponse = new List<OrdrePaiementResponse>();
        foreach (var ordre in await ordres.OrderBy(o => o.DateExecution).ThenBy(o => o.Id).Take(Limite).ToListAsync(cancellationToken))
        {
            if (ordre.DossierId is not { } id || await visibles.DossierAsync(id, cancellationToken))
            {
                reponse.Add(OrdrePaiementResponse.From(ordre));
            }
        }

        return TypedResults.Ok(reponse);
    }

    private static async Task<Results<Created<List<LotPaiementsResponse>>, ProblemHttpResult>> PreparerAsync(
        PreparerLotsRequest request,
        [FromHeader(Name = IdempotenceFilter<PreparerLotsRequest>.Header)] string? idempotencyKey,
        LotsPaiementsHandler handler,
        CancellationToken cancellationToken)
    {
        var result = await handler.PreparerAsync(request.JusquAu, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created("/api/comptabilite/paiements/lots", result.Value.Select(LotPaiementsResponse.From).ToList())
            : ErrorResults.Problem(result.Error!);
    }

    private static async Task<Ok<List<LotPaiementsResponse>>> ListerLotsAsync(string? statut, ComptabiliteDbContext db, CancellationToken cancellationToken)
    {
        var lots = db.LotsPaiements.AsNoTracking();
        if (statut is not null)
        {
            lots = lots.Where(l => l.Statut == statut);
        }

        return TypedResults.Ok((await lots.OrderByDescending(l => l.PrepareLe).Take(Limite).ToListAsync(cancellationToken)).Select(LotPaiementsResponse.From).ToList());
    }

    private static async Task<Results<Ok<LotPaiementsResponse>, ProblemHttpResult>> ObtenirLotAsync(
        Guid id, ComptabiliteDbContext db, HttpContext context, CancellationToken cancellationToken)
    {
        var lot = await db.LotsPaiements.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (lot is null)
        {
            return ErrorResults.Problem(PaiementsErrors.LotIntrouvable);
        }

        ETags.Set(context.Response, lot.Version);
        return TypedResults.Ok(LotPaiementsResponse.From(lot));
    }

    private static async Task<Results<Ok<LotPaiementsResponse>, ProblemHttpResult>> LibererAsync(
        Guid id, LotsPaiementsHandler handler, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(context, version => handler.LibererAsync(id, version, cancellationToken), lot => lot.Version);
        return result.IsSuccess ? TypedResults.Ok(LotPaiementsResponse.From(result.Value)) : ErrorResults.Problem(result.Error!);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Pain001Async(
        Guid id, LotsPaiementsHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.Pain001Async(id, cancellationToken);
        return result.IsSuccess
            ? TypedResults.File(result.Value.Contenu, "application/xml", $"{result.Value.Lot.Identifiant}.xml")
            : ErrorResults.Problem(result.Error!);
    }

    private static async Task<Results<Ok<LotPaiementsResponse>, ProblemHttpResult>> ComptabiliserAsync(
        Guid id, LotsPaiementsHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.ComptabiliserAsync(id, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(LotPaiementsResponse.From(result.Value)) : ErrorResults.Problem(result.Error!);
    }
}
