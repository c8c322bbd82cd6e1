using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Doublons;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.ListerDoublons;

internal static class ListerDoublonsEndpoint
{
    public static void MapListerDoublons(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}/doublons", HandleAsync)
            .WithName("ListerDoublons")
            .WithSummary("Doublons possibles d'une fiche")
            .WithDescription("Fiches actives visibles qui pourraient être la même personne, par score décroissant : même numéro AVS (100), "
                + "même nom et date de naissance (80), nom proche — sans accents, casse ni ordre des mots, 2 fautes au plus — et même date de naissance (70), "
                + "même e-mail (60).")
            .RequirePermission(FichesPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AvecExemples(null, (StatusCodes.Status200OK, new[] { ExemplesFiches.Doublon }));

    private static async Task<Results<Ok<List<DoublonResponse>>, ProblemHttpResult>> HandleAsync(
        Guid id, IReadRepositoryBase<Fiche> fiches, RechercheDoublons doublons, LecteurFiches user, CancellationToken cancellationToken)
    {
        var fiche = await fiches.FirstOrDefaultAsync(new FicheParIdSpecification(id, user), cancellationToken);
        if (fiche is null)
        {
            return ErrorResults.Problem(FicheErrors.Introuvable);
        }

        var candidats = await doublons.ChercherAsync(IdentiteDoublon.De(fiche), fiche.Id, cancellationToken);
        return TypedResults.Ok(candidats.Select(DoublonResponse.From).ToList());
    }
}
