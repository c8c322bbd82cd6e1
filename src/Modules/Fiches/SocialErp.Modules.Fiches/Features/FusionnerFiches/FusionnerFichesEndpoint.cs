using SocialErp.SharedKernel.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;

namespace SocialErp.Modules.Fiches.Features.FusionnerFiches;

internal static class FusionnerFichesEndpoint
{
    public static void MapFusionnerFiches(this IEndpointRouteBuilder group) =>
        group.MapPost("/fusions", HandleAsync)
            .WithName("FusionnerFiches")
            .WithSummary("Fusionner deux fiches")
            .WithDescription("La fiche absorbée reste archivée, marquée comme fusionnée dans la fiche conservée ; ses relations passent à la fiche conservée. "
                + $"« choix » dit, champ par champ, quelle valeur survit : « {ChoixFusion.Conservee} » ou « {ChoixFusion.Absorbee} ». Champs au choix ({ChampsFusion.Description}). "
                + "Sans choix, la valeur de la fiche conservée survit, mais celle de la fiche absorbée remplit un champ vide de la fiche conservée "
                + "(sauf nom, prenom, dateNaissance, numeroAvs et email, qui gardent la valeur de la fiche conservée même vide). "
                + "Un champ inconnu, d'un autre type de fiche ou un choix invalide : 400 sur « choix.<champ> ». "
                + "Un numéro AVS repris déjà porté par une autre fiche active : 409. "
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
