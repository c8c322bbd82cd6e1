using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;

namespace SocialErp.Modules.Fiches.Features.ObtenirReferentiels;

internal static class ObtenirReferentielsEndpoint
{
    private static readonly ReferentielsFichesResponse Referentiels = new(
        CategoriesFiche.Toutes,
        Enum.GetValues<Sexe>(),
        Enum.GetValues<EtatCivil>(),
        PermisSejourCodes.Tous,
        Enum.GetValues<TypeContact>(),
        Enum.GetValues<TypeAdresse>(),
        Enum.GetValues<TypeMessage>(),
        Enum.GetValues<CanalNotification>());

    public static void MapObtenirReferentiels(this IEndpointRouteBuilder group) =>
        group.MapGet("/referentiels", () => TypedResults.Ok(Referentiels))
            .WithName("ObtenirReferentielsFiches")
            .WithSummary("Listes de valeurs des fiches")
            .WithDescription("Catégories, sexes, états civils, permis de séjour, types de contact et d'adresse, types de message et canaux de notification acceptés par l'API.")
            .RequirePermission(FichesPermissions.Lire)
            .AvecExemples(null, (StatusCodes.Status200OK, ExemplesFiches.Referentiels));
}
