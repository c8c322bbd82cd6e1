using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Ged.Contracts;
using SocialErp.Modules.Ged.Features.Shared;

namespace SocialErp.Modules.Ged.Features.DeposerDocument;

internal static class DeposerDocumentEndpoint
{
    public static void MapDeposerDocument(this IEndpointRouteBuilder group) =>
        group.MapPost("/", HandleAsync)
            .WithName("DeposerDocument")
            .WithSummary("Déposer un document sur un élément")
            .WithDescription(
                "Multipart : fichier, titre, type, date, direction, confidentialite, description, cibleType (fiche, dossier, seance, entree-journal, ecriture, facture), cibleId. Le type réel est lu "
                + "dans les octets (PDF, images, Office, OpenDocument, texte, courriel) : exécutables, scripts, archives et formats inconnus "
                + "répondent 415 ; au-delà de la taille maximale (25 Mo par défaut, Ged:TailleMaxOctets) 413 ; fichier vide 400 ; "
                + "cible inexistante ou invisible 404, type de cible non pris en charge 400. Contenus identiques stockés une fois (SHA-256).")
            .RequirePermission(GedPermissions.Ecrire)
            .DisableAntiforgery()
            .WithValidation<DeposerDocumentForm>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<Results<Created<DocumentResponse>, ProblemHttpResult>> HandleAsync(
        [FromForm] DeposerDocumentForm form, DeposerDocumentHandler handler, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(form, cancellationToken);
        if (!result.IsSuccess)
        {
            return ErrorResults.Problem(result.Error!);
        }

        ETags.Set(response, result.Value.Version);
        return TypedResults.Created($"/api/documents/{result.Value.Id}", DocumentResponse.From(result.Value));
    }
}
