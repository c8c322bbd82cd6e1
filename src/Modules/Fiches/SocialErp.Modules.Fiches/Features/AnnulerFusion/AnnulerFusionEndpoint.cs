using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Features.Fusions;
using SocialErp.Modules.Fiches.Features.Shared;

namespace SocialErp.Modules.Fiches.Features.AnnulerFusion;

internal static class AnnulerFusionEndpoint
{
    public static void MapAnnulerFusion(this IEndpointRouteBuilder group) =>
        group.MapPost("/fusions/{fusionId:guid}/annulation", HandleAsync)
            .WithName("AnnulerFusion")
            .WithSummary("Annuler une fusion (défusionner)")
            .WithDescription("Rétablit les deux fiches telles qu'avant la fusion : la fiche absorbée redevient active (plus de redirection), "
                + "la fiche conservée retrouve ses valeurs d'identité et perd les adresses, contacts et catégories reçus, les relations "
                + "reprises retournent à la fiche absorbée, celles que la fusion avait retirées sont recréées. "
                + "Possible seulement si rien n'a dépendu de la fusion depuis ; sinon 409 : fusion déjà annulée (fiches.fusion-deja-annulee), "
                + "fiche conservée fusionnée de nouveau (fiches.fusion-posterieure), l'une des fiches modifiée depuis — identité, adresses, "
                + "contacts, catégories, préférences, archivage (fiches.fusion-fiche-modifiee), relation reprise modifiée ou retirée, ou liée "
                + "à une fiche fusionnée depuis (fiches.fusion-relation-modifiee), numéro AVS repris entre-temps par une autre fiche active "
                + "(fiches.avs-deja-utilise). 404 si la fusion ou l'une des deux fiches n'est pas visible. "
                + "L'événement fiches.fiches-defusionnees.v1 permet aux autres modules de repointer vers la fiche rétablie.")
            .RequirePermission(FichesPermissions.Ecrire)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .AvecExemples(null, (StatusCodes.Status200OK, ExemplesFiches.FusionAnnulee), (StatusCodes.Status409Conflict, ExemplesFiches.FusionDependante));

    private static async Task<Results<Ok<FusionResponse>, ProblemHttpResult>> HandleAsync(
        Guid fusionId, AnnulerFusionHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(fusionId, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(FusionResponse.From(result.Value)) : ErrorResults.Problem(result.Error!);
    }
}
