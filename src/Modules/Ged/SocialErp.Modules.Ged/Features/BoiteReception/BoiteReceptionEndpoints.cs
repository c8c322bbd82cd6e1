using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Ged.Cibles;
using SocialErp.Modules.Ged.Contracts;
using SocialErp.Modules.Ged.Domain;
using SocialErp.Modules.Ged.Features.Shared;
using SocialErp.Modules.Ged.Persistence;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Ged.Features.BoiteReception;

internal static class BoiteReceptionEndpoints
{
    public static void MapBoiteReception(this IEndpointRouteBuilder group)
    {
        group.MapPost("/boite-reception", DeposerAsync)
            .WithName("DeposerLotBoiteReception")
            .WithSummary("Déposer un lot de documents scannés dans la boîte de réception")
            .WithDescription(
                "Multipart : fichiers (une partie par fichier, 100 au plus), type (courrier-entrant par défaut). Tout ou rien : un fichier "
                + "refusé (vide 400, trop grand 413, type interdit 415) est nommé dans le problème et rien n'est déposé. Les documents "
                + "attendent sans cible, visibles des rédacteurs du service déposant, jusqu'à leur assignation.")
            .RequirePermission(GedPermissions.Ecrire)
            .DisableAntiforgery()
            .WithValidation<DeposerLotForm>()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapGet("/boite-reception", ListerAsync)
            .WithName("ListerBoiteReception")
            .WithSummary("Lister les documents à classer")
            .WithDescription("Documents déposés sans cible, du plus ancien au plus récent : ceux du service de l'utilisateur (tous pour l'administration et la direction).")
            .RequirePermission(GedPermissions.Ecrire);

        group.MapPost("/{id:guid}/assignation", AssignerAsync)
            .WithName("AssignerDocument")
            .WithSummary("Classer un document de la boîte de réception sur son élément")
            .WithDescription(
                "Donne sa cible au document et complète ses métadonnées. 404 si le document ou la cible est inconnu ou invisible, "
                + "409 s'il est déjà classé ; If-Match facultatif.")
            .RequirePermission(GedPermissions.Ecrire)
            .WithValidation<AssignerDocumentRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<Results<Created<List<DocumentResponse>>, ProblemHttpResult>> DeposerAsync(
        [FromForm] DeposerLotForm form, DeposerLotHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(form, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created("/api/documents/boite-reception", result.Value.Select(DocumentResponse.From).ToList())
            : ErrorResults.Problem(result.Error!);
    }

    private static async Task<Ok<List<DocumentResponse>>> ListerAsync(
        GedDbContext db, AccesDocuments acces, ICurrentUser user, CancellationToken cancellationToken)
    {
        var documents = await db.Documents.AsNoTracking().Include(d => d.Cibles).Include(d => d.Versions).AsSplitQuery()
            .Where(d => d.SupprimeLe == null && !d.Cibles.Any())
            .Where(d => user.VoitTousLesServices || (user.ServiceId != null && d.ServiceId == user.ServiceId))
            .OrderBy(d => d.CreeLe).ThenBy(d => d.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        var lisibles = new List<DocumentResponse>();
        foreach (var document in documents)
        {
            if (await acces.PeutLireAsync(document, cancellationToken))
            {
                lisibles.Add(DocumentResponse.From(document));
            }
        }

        return TypedResults.Ok(lisibles);
    }

    private static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> AssignerAsync(
        Guid id, AssignerDocumentRequest request, DocumentsCharges documents, ControleCibles cibles, GedDbContext db,
        HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync<Document>(
            context,
            async version =>
            {
                var charge = await documents.ChargerAsync(id, version, cancellationToken);
                if (!charge.IsSuccess)
                {
                    return charge.Error!;
                }

                var cible = await cibles.VerifierAsync(request.CibleType!, request.CibleId!.Value, "cibleType", cancellationToken);
                if (!cible.IsSuccess)
                {
                    return cible.Error!;
                }

                var document = charge.Value;
                var metadonnees = new MetadonneesDocument(
                    request.Titre ?? document.Titre,
                    request.Type ?? document.Type,
                    request.Date ?? document.Date,
                    request.Direction is null ? document.Direction : Codes.LireDirection(request.Direction, document.Direction),
                    request.Confidentialite is null ? document.Confidentialite : Codes.LireConfidentialite(request.Confidentialite),
                    request.Description ?? document.Description);
                var assignation = document.Assigner(request.CibleType!, request.CibleId.Value, metadonnees);
                if (!assignation.IsSuccess)
                {
                    return assignation.Error!;
                }

                var texte = await db.Textes.FirstOrDefaultAsync(t => t.DocumentId == document.Id, cancellationToken);
                texte?.Remplacer(TexteRecherche.Remplacer(texte.Texte, document));
                db.Publish(EvenementsDocument.Ajoute(document, document.VersionCourante));
                await db.SaveChangesAsync(cancellationToken);
                return document;
            },
            document => document.Version);
        return result.IsSuccess ? TypedResults.Ok(DocumentResponse.From(result.Value)) : ErrorResults.Problem(result.Error!);
    }
}
