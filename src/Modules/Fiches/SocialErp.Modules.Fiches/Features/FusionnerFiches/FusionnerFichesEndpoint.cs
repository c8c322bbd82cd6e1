using SocialErp.SharedKernel.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Features.Shared;

namespace SocialErp.Modules.Fiches.Features.FusionnerFiches;

internal static class FusionnerFichesEndpoint
{
    public static void MapFusionnerFiches(this IEndpointRouteBuilder group) =>
        group.MapPost("/fusions", HandleAsync)
            .WithName("FusionnerFiches")
            .WithSummary("Fusionner deux fiches")
            .WithDescription("La fiche absorbée reste archivée, marquée comme fusionnée dans la fiche conservée ; ses relations passent à la fiche conservée. "
                + "« choix » dit, champ par champ (nom, prenom, dateNaissance, numeroAvs, email), quelle valeur survit. "
                + "Refusé : même fiche (400), fiche archivée (409), fiche invisible (404), deux responsables actifs après fusion (409). "
                + "L'événement fiches.fiches-fusionnees.v1 permet aux autres modules de repointer leurs références.")
            .RequirePermission(FichesPermissions.Ecrire)
            .WithValidation<FusionnerFichesRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .AvecExemples(ExemplesFiches.Fusion, (StatusCodes.Status200OK, ExemplesFiches.Fiche));

    private static async Task<Results<Ok<FicheResponse>, ProblemHttpResult>> HandleAsync(
        FusionnerFichesRequest request, FusionnerFichesHandler handler, TimeProvider timeProvider, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(request, cancellationToken);
        if (!result.IsSuccess)
        {
            return ErrorResults.Problem(result.Error!);
        }

        var (conservee, fusion) = result.Value;
        ETags.Set(response, conservee.Version);
        response.Headers["Link"] = $"</api/fiches/fusions/{fusion.Id}>; rel=\"related\"";
        return TypedResults.Ok(FicheResponse.From(conservee, timeProvider.Aujourdhui()));
    }
}
