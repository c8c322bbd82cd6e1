using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Banque;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Idempotence;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Features.Encaissements;

internal static class EncaissementsEndpoints
{
    private const string Description =
        "Fichier bancaire en multipart (champ `fichier`) ou XML brut (application/xml), versions .04 et .08, deux formes de `Sts`. "
        + "Tout ou rien : un fichier qui n'est pas du XML ou d'une version inconnue → 400, rien n'est importé. Chaque crédit déjà importé "
        + "(même clé, y compris depuis l'autre version ou le camt.053) est ignoré ; chaque nouveau crédit est rapproché d'une facture par sa "
        + "référence QRR/SCOR, sinon par montant + nom du débiteur (une seule facture ouverte), sinon reste au compte d'attente (1090) pour "
        + "affectation manuelle. Écritures banque / débiteur (et attente pour un trop-perçu) ; un paiement partiel laisse la facture ouverte.";

    public static void MapEncaissements(this IEndpointRouteBuilder group)
    {
        group.MapPost("/encaissements/camt054", (HttpRequest request, ImporterCamtHandler handler, CancellationToken ct) => ImporterAsync(request, "camt.054", handler, ct))
            .WithName("ImporterCamt054")
            .WithSummary("Importer un avis de crédit camt.054")
            .WithDescription(Description)
            .Accepts<ImportCamtForm>("multipart/form-data", "application/xml", "text/xml")
            .Produces<ImportCamtResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .DisableAntiforgery()
            .RequirePermission(ComptabilitePermissions.Encaisser);
        group.MapPost("/encaissements/camt053", (HttpRequest request, ImporterCamtHandler handler, CancellationToken ct) => ImporterAsync(request, "camt.053", handler, ct))
            .WithName("ImporterCamt053")
            .WithSummary("Importer un relevé de compte camt.053")
            .WithDescription(Description)
            .Accepts<ImportCamtForm>("multipart/form-data", "application/xml", "text/xml")
            .Produces<ImportCamtResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .DisableAntiforgery()
            .RequirePermission(ComptabilitePermissions.Encaisser);
        group.MapGet("/encaissements", ListerAsync)
            .WithName("ListerEncaissements")
            .WithSummary("Encaissements importés")
            .WithDescription("Du plus récent au plus ancien (`limite` ≤ 1000) ; `aAffecter=true` : ceux qui ont encore un montant au compte d'attente ; `importId` : ceux d'un import.")
            .RequirePermission(ComptabilitePermissions.Encaisser);
        group.MapGet("/encaissements/{id:guid}", ObtenirAsync)
            .WithName("ObtenirEncaissement")
            .WithSummary("Un encaissement et ses affectations")
            .RequirePermission(ComptabilitePermissions.Encaisser)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/encaissements/{id:guid}/affectation", AffecterAsync)
            .WithName("AffecterEncaissement")
            .WithSummary("Affecter un encaissement à une facture")
            .WithDescription(
                "Du compte d'attente vers la créance de la facture : le montant donné ou, par défaut, le plus petit de ce qui reste à affecter "
                + "et de ce qui reste dû (jamais plus, 409 sinon). Idempotency-Key honoré.")
            .RequirePermission(ComptabilitePermissions.Encaisser)
            .WithValidation<AffectationRequest>()
            .WithIdempotence<AffectationRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ImporterAsync(HttpRequest request, string message, ImporterCamtHandler handler, CancellationToken cancellationToken)
    {
        // The reader is synchronous (XmlReader): the upload is buffered first, the request body never read synchronously.
        await using var fichier = new MemoryStream();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.GetFile("fichier") is not { } envoye)
            {
                return ErrorResults.Problem(Error.Validation("fichier", "Le fichier bancaire (champ « fichier ») est requis."));
            }

            await envoye.CopyToAsync(fichier, cancellationToken);
        }
        else
        {
            await request.Body.CopyToAsync(fichier, cancellationToken);
        }

        if (fichier.Length == 0)
        {
            return ErrorResults.Problem(BanqueErrors.CamtIllisible("Le fichier est vide."));
        }

        fichier.Position = 0;
        var result = await handler.HandleAsync(fichier, message, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created($"/api/comptabilite/encaissements?importId={result.Value.Id}", result.Value)
            : ErrorResults.Problem(result.Error!);
    }

    private static async Task<Ok<List<EncaissementResponse>>> ListerAsync(
        bool? aAffecter, Guid? importId, int? limite, ComptabiliteDbContext db, CancellationToken cancellationToken)
    {
        var encaissements = db.Encaissements.AsNoTracking();
        if (importId is { } import)
        {
            encaissements = encaissements.Where(e => e.ImportId == import);
        }

        if (aAffecter == true)
        {
            encaissements = encaissements.Where(e => e.AAffecter);
        }

        var liste = await encaissements.Include(e => e.Affectations).OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
            .Take(Math.Clamp(limite ?? 200, 1, 1000)).ToListAsync(cancellationToken);
        return TypedResults.Ok(liste.Select(EncaissementResponse.From).ToList());
    }

    private static async Task<Results<Ok<EncaissementResponse>, ProblemHttpResult>> ObtenirAsync(Guid id, ComptabiliteDbContext db, CancellationToken cancellationToken)
    {
        var encaissement = await db.Encaissements.AsNoTracking().Include(e => e.Affectations).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        return encaissement is null ? ErrorResults.Problem(AffecterEncaissementHandler.EncaissementIntrouvable) : TypedResults.Ok(EncaissementResponse.From(encaissement));
    }

    private static async Task<Results<Ok<EncaissementResponse>, ProblemHttpResult>> AffecterAsync(
        Guid id,
        AffectationRequest request,
        [FromHeader(Name = IdempotenceFilter<AffectationRequest>.Header)] string? idempotencyKey,
        AffecterEncaissementHandler handler,
        CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, request, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(EncaissementResponse.From(result.Value)) : ErrorResults.Problem(result.Error!);
    }
}
