using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Features.Shared;

namespace SocialErp.Modules.Fiches.Features.AjouterAdresse;

internal static class AjouterAdresseEndpoint
{
    public static void MapAjouterAdresse(this IEndpointRouteBuilder group) =>
        group.MapPost("/{id:guid}/adresses", HandleAsync)
            .WithName("AjouterAdresseFiche")
            .WithSummary("Ajouter une adresse à une fiche (l'historique est gardé)")
            .WithDescription(
                "La nouvelle adresse vaut dès valideDu (par défaut aujourd'hui) ; l'adresse courante du même type est close la veille. "
                + "409 si une adresse de ce type commence déjà à cette date ou plus tard. If-Match facultatif (ETag de la fiche, 412 s'il est périmé) ; "
                + "la réponse porte le nouvel ETag de la fiche.")
            .RequirePermission(FichesPermissions.Ecrire)
            .WithValidation<AdresseRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .AvecExemples(ExemplesFiches.Adresse, (StatusCodes.Status201Created, ExemplesFiches.AdresseLue));

    private static async Task<Results<Created<AdresseResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, AdresseRequest request, AjouterAdresseHandler handler, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(
            context, version => handler.HandleAsync(id, version, request, cancellationToken), written => written.Fiche.Version);
        if (!result.IsSuccess)
        {
            return ErrorResults.Problem(result.Error!);
        }

        return TypedResults.Created($"/api/fiches/{id}/adresses", AdresseResponse.From(result.Value.Adresse));
    }
}
