using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Features.Shared;

namespace SocialErp.Modules.Fiches.Features.VueFiche360;

internal static class VueFiche360Endpoint
{
    public static void MapVueFiche360(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}/vue-360", HandleAsync)
            .WithName("VueFiche360")
            .WithSummary("Vue à 360° d'une personne")
            .WithDescription("La fiche, ses relations et, par module, ce qu'il sait de la personne et que l'utilisateur peut voir "
                + "(sections : dossiers — les dossiers visibles où la personne a un rôle ; journal — dernières entrées ; comptabilite, ged à venir). "
                + "Une section absente : le module ne sait rien de la personne (ou rien de visible). Une fiche invisible répond 404.")
            .RequirePermission(FichesPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AvecExemples(null, (StatusCodes.Status200OK, ExemplesFiches.Vue360));

    private static async Task<Results<Ok<Vue360Response>, ProblemHttpResult>> HandleAsync(
        Guid id, VueFiche360Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ErrorResults.Problem(result.Error!);
    }
}
