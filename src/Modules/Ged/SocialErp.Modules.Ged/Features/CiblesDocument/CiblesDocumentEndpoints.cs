using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Ged.Cibles;
using SocialErp.Modules.Ged.Contracts;
using SocialErp.Modules.Ged.Domain;
using SocialErp.Modules.Ged.Features.Shared;
using SocialErp.Modules.Ged.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Ged.Features.CiblesDocument;

internal static class CiblesDocumentEndpoints
{
    public static void MapCiblesDocument(this IEndpointRouteBuilder group)
    {
        group.MapPost("/{id:guid}/cibles", AjouterAsync)
            .WithName("AjouterCibleDocument")
            .WithSummary("Lier un document à un élément de plus")
            .WithDescription("Un document peut concerner plusieurs éléments (fiche, dossier…). 404 si la cible est inconnue ou invisible, 409 si déjà liée ; If-Match facultatif.")
            .RequirePermission(GedPermissions.Ecrire)
            .WithValidation<CibleRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapDelete("/{id:guid}/cibles/{cibleType}/{cibleId:guid}", RetirerAsync)
            .WithName("RetirerCibleDocument")
            .WithSummary("Délier un document d'un élément")
            .WithDescription("Le document garde au moins une cible (409 pour la dernière). If-Match facultatif.")
            .RequirePermission(GedPermissions.Ecrire)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> AjouterAsync(
        Guid id, CibleRequest request, DocumentsCharges documents, ControleCibles cibles, GedDbContext db, HttpContext context,
        CancellationToken cancellationToken) =>
        ModifierAsync(
            context,
            id,
            documents,
            db,
            async document =>
            {
                var cible = await cibles.VerifierAsync(request.CibleType!, request.CibleId!.Value, "cibleType", cancellationToken);
                return cible.IsSuccess ? document.AjouterCible(request.CibleType!, request.CibleId.Value) : cible;
            },
            cancellationToken);

    private static Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> RetirerAsync(
        Guid id, string cibleType, Guid cibleId, DocumentsCharges documents, GedDbContext db, HttpContext context,
        CancellationToken cancellationToken) =>
        ModifierAsync(context, id, documents, db, document => Task.FromResult(document.RetirerCible(cibleType, cibleId)), cancellationToken);

    private static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> ModifierAsync(
        HttpContext context, Guid id, DocumentsCharges documents, GedDbContext db, Func<Document, Task<Result>> modification,
        CancellationToken cancellationToken)
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

                var modifie = await modification(charge.Value);
                if (!modifie.IsSuccess)
                {
                    return modifie.Error!;
                }

                await db.SaveChangesAsync(cancellationToken);
                return charge.Value;
            },
            document => document.Version);
        return result.IsSuccess ? TypedResults.Ok(DocumentResponse.From(result.Value)) : ErrorResults.Problem(result.Error!);
    }
}
