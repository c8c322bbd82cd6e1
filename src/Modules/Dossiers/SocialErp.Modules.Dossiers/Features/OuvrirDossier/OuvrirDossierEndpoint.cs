using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Features.Shared;

namespace SocialErp.Modules.Dossiers.Features.OuvrirDossier;

internal static class OuvrirDossierEndpoint
{
    public static void MapOuvrirDossier(this IEndpointRouteBuilder group) =>
        group.MapPost("/", HandleAsync)
            .WithName("OuvrirDossier")
            .WithSummary("Ouvrir un dossier")
            .WithDescription(
                "Crée un dossier numéroté (préfixe configurable, année, séquence) avec au moins une fiche et exactement un requérant "
                + "(fiche de catégorie usager). Les fiches forment l'unité d'allocation dès la date d'ouverture. Le service est celui "
                + "de l'utilisateur et le référent principal l'utilisateur, sauf mention contraire. Fiche inconnue ou invisible : 404 ; "
                + "fiche archivée, de mauvaise catégorie ou prestation inconnue : 400 ; service ou référent inconnu : 404.")
            .RequirePermission(DossiersPermissions.Ecrire)
            .WithValidation<OuvrirDossierRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Created<DossierResponse>, ProblemHttpResult>> HandleAsync(
        OuvrirDossierRequest request, OuvrirDossierHandler handler, ReponseDossier reponse, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(request, cancellationToken);
        if (!result.IsSuccess)
        {
            return ErrorResults.Problem(result.Error!);
        }

        ETags.Set(response, result.Value.Version);
        return TypedResults.Created($"/api/dossiers/{result.Value.Id}", await reponse.DeAsync(result.Value, cancellationToken));
    }
}
