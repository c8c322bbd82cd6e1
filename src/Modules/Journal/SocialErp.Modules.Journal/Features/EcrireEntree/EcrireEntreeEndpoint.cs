using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Journal.Contracts;
using SocialErp.Modules.Journal.Features.ListerEntrees;

namespace SocialErp.Modules.Journal.Features.EcrireEntree;

internal static class EcrireEntreeEndpoint
{
    public static void MapEcrireEntree(this IEndpointRouteBuilder group) =>
        group.MapPost("/dossiers/{id:guid}/journal", HandleAsync)
            .WithName("EcrireEntreeJournal")
            .WithSummary("Écrire une entrée du journal de bord d'un dossier")
            .WithDescription(
                "Entrée datée (type, texte, participants — fiches —, documents — GED —, confidentialité). Avec « echeance », l'entrée porte "
                + "une échéance : responsable obligatoire, qui doit être un utilisateur actif voyant le dossier (sinon 400) ; un dossier clos ou archivé "
                + "ne reçoit plus d'échéance (409 journal.dossier-ferme). Dossier inconnu ou invisible : 404.")
            .RequirePermission(JournalPermissions.Ecrire)
            .WithValidation<EcrireEntreeRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Created<EntreeJournalResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, EcrireEntreeRequest request, EcrireEntreeHandler handler, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, request, cancellationToken);
        if (!result.IsSuccess)
        {
            return ErrorResults.Problem(result.Error!);
        }

        ETags.Set(response, result.Value.Version);
        return TypedResults.Created($"/api/journal/{result.Value.Id}", result.Value);
    }
}
