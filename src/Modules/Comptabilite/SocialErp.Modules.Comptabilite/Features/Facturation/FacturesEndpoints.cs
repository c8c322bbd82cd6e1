using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Banque.Identifiants;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Idempotence;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Features.Facturation;

internal static class FacturesEndpoints
{
    private const string Base = "/factures-debiteurs";

    public static void MapFacturesDebiteurs(this IEndpointRouteBuilder group)
    {
        group.MapPost(Base, EmettreAsync)
            .WithName("EmettreFactureDebiteur")
            .WithSummary("Émettre une facture débiteur")
            .WithDescription(
                "Facture à un office, une assurance, un office de tutelle, un parent, le bénéficiaire, un canton… : lignes tirées des "
                + "prestations valorisées refacturables (une fois chacune), charges de budget refacturables à ce débiteur (`budgetsJusqua` AAAA-MM : "
                + "chaque mois payé par l'exécution des budgets jusqu'à ce mois, une fois par débiteur ; un avoir ne le libère pas) et lignes manuelles. Numéro sans trou par année (AAAA-NNNNNN), "
                + "référence QRR (27 chiffres, clé modulo 10, sur le QR-IBAN) ou SCOR (ISO 11649, sur l'IBAN), écriture débiteur / revenu "
                + "ligne par ligne avec la personne, le dossier, la commune et la prestation. Idempotency-Key honoré. Une prestation ou une ligne "
                + "sur un dossier dont la facturation est bloquée ou qui est fermé à la date de la facture : 409 `comptabilite.dossier-non-facturable`, "
                + "chaque ligne nommée ; les charges de budget d'un tel dossier restent à facturer.")
            .RequirePermission(ComptabilitePermissions.Facturer)
            .WithValidation<FactureRequest>()
            .WithIdempotence<FactureRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet(Base, ListerAsync)
            .WithName("ListerFacturesDebiteurs")
            .WithSummary("Factures débiteurs")
            .WithDescription(
                "Les factures et avoirs dont le débiteur vous est visible, du plus récent au plus ancien (`limite` ≤ 500). Filtres : "
                + "`debiteurId`, `annee`, `reference` (QRR ou SCOR, clé vérifiée : 400 si fausse), `ouvertes=true` (reste dû), "
                + "`echuesAu=AAAA-MM-JJ` (ouvertes et échues à cette date : à rappeler).")
            .RequirePermission(ComptabilitePermissions.Lire);
        group.MapGet($"{Base}/{{id:guid}}", ObtenirAsync)
            .WithName("ObtenirFactureDebiteur")
            .WithSummary("Une facture débiteur")
            .RequirePermission(ComptabilitePermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet($"{Base}/{{id:guid}}/qr", QrAsync)
            .WithName("ObtenirQrFactureDebiteur")
            .WithSummary("Données de la QR-facture (payload SPC)")
            .WithDescription(
                "Le texte à encoder dans le code QR suisse (Swiss Implementation Guidelines QR-bill v2.3 : SPC / 0200 / 1, adresses "
                + "structurées S, sans saut de ligne final) pour le montant encore dû, et les données imprimées sur le récépissé. "
                + "409 pour un avoir ou une facture soldée.")
            .RequirePermission(ComptabilitePermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost($"{Base}/{{id:guid}}/avoirs", CrediterAsync)
            .WithName("EmettreAvoir")
            .WithSummary("Émettre un avoir sur une facture")
            .WithDescription(
                "Un avoir numéroté dans la même série, pour le montant donné (par défaut tout ce qui reste dû ; au plus le reste dû, 409 sinon), "
                + "réparti sur les lignes de la facture ; écriture revenu / débiteur. Idempotency-Key honoré.")
            .RequirePermission(ComptabilitePermissions.Facturer)
            .WithValidation<AvoirRequest>()
            .WithIdempotence<AvoirRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost($"{Base}/{{id:guid}}/rappels", RappelerAsync)
            .WithName("RappelerFactureDebiteur")
            .WithSummary("Rappel (sommation) d'une facture échue")
            .WithDescription(
                "Niveau suivant (1, 2, 3…) daté, avec un nouveau délai (Comptabilite:Facturation:DelaiRappelJours). 409 si la facture est soldée "
                + "ou si l'échéance (ou le délai du dernier rappel) n'est pas passée.")
            .RequirePermission(ComptabilitePermissions.Facturer)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Created<FactureResponse>, ProblemHttpResult>> EmettreAsync(
        FactureRequest request,
        [FromHeader(Name = IdempotenceFilter<FactureRequest>.Header)] string? idempotencyKey,
        EmettreFactureHandler handler,
        CancellationToken cancellationToken) =>
        Cree(await handler.HandleAsync(request, cancellationToken));

    private static async Task<Results<Created<FactureResponse>, ProblemHttpResult>> CrediterAsync(
        Guid id,
        AvoirRequest request,
        [FromHeader(Name = IdempotenceFilter<AvoirRequest>.Header)] string? idempotencyKey,
        AvoirsRappelsHandler handler,
        CancellationToken cancellationToken) =>
        Cree(await handler.CrediterAsync(id, request, cancellationToken));

    private static async Task<Results<Ok<FactureResponse>, ProblemHttpResult>> RappelerAsync(
        Guid id, RappelRequest request, AvoirsRappelsHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.RappelerAsync(id, request, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(FactureResponse.From(result.Value)) : ErrorResults.Problem(result.Error!);
    }

    private static async Task<Results<Ok<FactureResponse>, ProblemHttpResult>> ObtenirAsync(
        Guid id, AvoirsRappelsHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.TrouverAsync(id, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(FactureResponse.From(result.Value)) : ErrorResults.Problem(result.Error!);
    }

    private static async Task<Results<Ok<QrFactureResponse>, ProblemHttpResult>> QrAsync(
        Guid id, AvoirsRappelsHandler handler, QrFacturesDebiteurs qr, CancellationToken cancellationToken)
    {
        var facture = await handler.TrouverAsync(id, cancellationToken);
        var result = facture.IsSuccess ? await qr.GenererAsync(facture.Value, cancellationToken) : facture.Error!;
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ErrorResults.Problem(result.Error!);
    }

    private static async Task<Results<Ok<List<FactureResponse>>, ProblemHttpResult>> ListerAsync(
        Guid? debiteurId, int? annee, string? reference, bool? ouvertes, DateOnly? echuesAu, int? limite,
        ComptabiliteDbContext db, DimensionsVisibles visibles, CancellationToken cancellationToken)
    {
        var factures = db.FacturesDebiteurs.AsNoTracking();
        if (reference is not null)
        {
            var lue = LireReference(reference);
            if (!lue.IsSuccess)
            {
                return ErrorResults.Problem(lue.Error!);
            }

            factures = factures.Where(f => f.Reference == lue.Value);
        }

        if (debiteurId is { } debiteur)
        {
            factures = factures.Where(f => f.DebiteurId == debiteur);
        }

        if (annee is { } a)
        {
            factures = factures.Where(f => f.Annee == a);
        }

        if (ouvertes == true || echuesAu is not null)
        {
            factures = factures.Where(f => f.Statut == StatutsFacture.Ouverte || f.Statut == StatutsFacture.PartiellementPayee);
        }

        if (echuesAu is { } date)
        {
            factures = factures.Where(f => f.Echeance < date);
        }

        var page = await factures.OrderByDescending(f => f.Annee).ThenByDescending(f => f.Sequence).Take(Math.Clamp(limite ?? 100, 1, 500))
            .Include(f => f.Lignes).Include(f => f.Rappels).AsSplitQuery().ToListAsync(cancellationToken);
        var visiblesListe = new List<FactureResponse>();
        foreach (var facture in page)
        {
            if (await visibles.FicheAsync(facture.DebiteurId, cancellationToken))
            {
                visiblesListe.Add(FactureResponse.From(facture));
            }
        }

        return TypedResults.Ok(visiblesListe);
    }

    /// <summary>A reference typed by a user: creditor reference (RF…) or QR reference, check digits verified.</summary>
    private static Result<string> LireReference(string saisie)
    {
        if (saisie.TrimStart().StartsWith("RF", StringComparison.OrdinalIgnoreCase))
        {
            var scor = ReferenceCreancier.Lire(saisie);
            return scor.IsSuccess ? scor.Value.Valeur : scor.Error!;
        }

        var qrr = ReferenceQr.Lire(saisie);
        return qrr.IsSuccess ? qrr.Value.Valeur : qrr.Error!;
    }

    private static Results<Created<FactureResponse>, ProblemHttpResult> Cree(Result<FactureDebiteur> result) => result.IsSuccess
        ? TypedResults.Created($"/api/comptabilite/factures-debiteurs/{result.Value.Id}", FactureResponse.From(result.Value))
        : ErrorResults.Problem(result.Error!);
}
