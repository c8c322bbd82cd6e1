using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Fiches.Features.Fusions;

internal static class ListerFusionsEndpoint
{
    public static void MapListerFusions(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}/fusions", HandleAsync)
            .WithName("ListerFusionsDeFiche")
            .WithSummary("Lister les fusions d'une fiche")
            .WithDescription("Les fusions où la fiche a été conservée ou absorbée, de la plus récente à la plus ancienne, annulées comprises. "
                + "Une fiche absorbée répond ici aussi (pas de redirection) : c'est ainsi qu'on retrouve la fusion à annuler.")
            .RequirePermission(FichesPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AvecExemples(null, (StatusCodes.Status200OK, new[] { ExemplesFiches.FusionEnregistree }));

    private static async Task<Results<Ok<List<FusionResponse>>, ProblemHttpResult>> HandleAsync(
        Guid id, FichesDbContext db, LecteurFiches user, CancellationToken cancellationToken)
    {
        if (!await db.Fiches.VisiblesPar(user).AnyAsync(f => f.Id == id, cancellationToken))
        {
            return ErrorResults.Problem(FicheErrors.Introuvable);
        }

        var fusions = await db.Fusions.AsNoTracking()
            .Where(f => f.ConserveeId == id || f.AbsorbeeId == id)
            .OrderByDescending(f => f.FusionneeLe).ThenByDescending(f => f.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(fusions.Select(FusionResponse.From).ToList());
    }
}
