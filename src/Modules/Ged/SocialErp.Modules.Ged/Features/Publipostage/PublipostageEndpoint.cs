using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Ged.Contracts;
using SocialErp.Modules.Ged.Domain;
using SocialErp.Modules.Ged.Features.Shared;
using SocialErp.Modules.Ged.Persistence;
using SocialErp.Modules.Ged.Publipostage;

namespace SocialErp.Modules.Ged.Features.Publipostage;

internal static class PublipostageEndpoint
{
    public static void MapPublipostage(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/publipostage", HandleAsync)
            .WithName("Publipostage")
            .WithSummary("Produire des documents depuis un modèle (publipostage)")
            .WithDescription(
                "{ dossierId } ou { ficheIds: [...] } : un DOCX rempli par destinataire, conservé comme document produit sur sa cible. "
                + "Modèle, dossier ou fiche inconnu ou invisible : 404 (rien n'est produit). Champs sans valeur : 422 avec, par destinataire, "
                + "les champs manquants (errors), sauf avec accepterChampsManquants (ils restent visibles dans le document et listés). "
                + "Les champs du dossier (dossier.*, ua.*, budget.*, referent.*, financement.*, parcours.*) ne sont remplis qu'avec { dossierId } ; "
                + "pour des fiches, ils sont signalés manquants.")
            .RequirePermission(GedPermissions.Ecrire)
            .WithValidation<PublipostageRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Created<PublipostageResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, PublipostageRequest request, GedDbContext db, SourcesFusion sources, GenerateurDocuments generateur,
        CancellationToken cancellationToken)
    {
        var modele = await db.Modeles.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (modele is null)
        {
            return ErrorResults.Problem(ModeleErrors.Introuvable);
        }

        var destinataires = request.DossierId is { } dossierId
            ? await sources.PourDossierAsync(dossierId, null, cancellationToken)
            : await sources.PourFichesAsync(request.FicheIds!, cancellationToken);
        if (!destinataires.IsSuccess)
        {
            return ErrorResults.Problem(destinataires.Error!);
        }

        var documents = await generateur.GenererAsync(modele, destinataires.Value, request.AccepterChampsManquants, null, cancellationToken);
        return documents.IsSuccess
            ? TypedResults.Created($"/api/modeles/{id}", new PublipostageResponse(documents.Value.Select(DocumentResponse.From).ToList()))
            : ErrorResults.Problem(documents.Error!);
    }
}
