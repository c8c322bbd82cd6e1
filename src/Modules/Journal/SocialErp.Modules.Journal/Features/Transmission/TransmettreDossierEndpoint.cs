using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Journal.Contracts;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.EcrireEntree;
using SocialErp.Modules.Journal.Features.ListerEntrees;
using SocialErp.Modules.Journal.Features.Shared;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Journal.Features.Transmission;

internal static class TransmettreDossierEndpoint
{
    private const string ActionParDefaut = "Reprendre le suivi du dossier";

    public static void MapTransmettreDossier(this IEndpointRouteBuilder group) =>
        group.MapPost("/dossiers/{id:guid}/transmissions", HandleAsync)
            .WithName("TransmettreDossier")
            .WithSummary("Transmettre le suivi d'un dossier à un collègue")
            .WithDescription(
                "Écrit une entrée « transmission » avec le message et crée pour le collègue une échéance (par défaut aujourd'hui, action "
                + "« Reprendre le suivi du dossier »). Le collègue doit être un utilisateur actif qui voit le dossier (400) ; dossier invisible : 404 ; "
                + "dossier clos ou archivé : 409 journal.dossier-ferme.")
            .RequirePermission(JournalPermissions.Ecrire)
            .WithValidation<TransmettreDossierRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Created<EntreeJournalResponse>, ProblemHttpResult>> HandleAsync(
        Guid id,
        TransmettreDossierRequest request,
        EcrireEntreeHandler ecriture,
        CiblesVisibles cibles,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        if (!await cibles.DossierVisibleAsync(id, cancellationToken))
        {
            return ErrorResults.Problem(JournalErrors.DossierIntrouvable);
        }

        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        var contenu = new ContenuEntree(TypesEntree.Transmission, maintenant, request.Message!.Trim(), [], [], Confidentialite.Dossier, [], false);
        var echeance = new EcheanceRequest(
            request.Echeance ?? timeProvider.Jour(maintenant),
            request.DestinataireId,
            string.IsNullOrWhiteSpace(request.Action) ? ActionParDefaut : request.Action);
        var result = await ecriture.EcrireAsync(id, contenu, echeance, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created($"/api/journal/{result.Value.Id}", result.Value)
            : ErrorResults.Problem(result.Error!);
    }
}
