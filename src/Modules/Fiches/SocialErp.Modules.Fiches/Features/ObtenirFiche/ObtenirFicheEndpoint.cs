using SocialErp.SharedKernel.Time;
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
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.ObtenirFiche;

internal static class ObtenirFicheEndpoint
{
    public static void MapObtenirFiche(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}", HandleAsync)
            .WithName("ObtenirFiche")
            .WithSummary("Lire une fiche")
            .WithDescription(
                "Renvoie la fiche complète (catégories, contacts, préférences, adresses valables aujourd'hui) et son ETag. "
                + "Une fiche archivée reste lisible. Une fiche d'un autre service répond 404, comme une fiche inexistante. "
                + "Une fiche absorbée par une fusion répond 308 (redirection permanente) vers la fiche conservée : Location "
                + "et, dans le corps problem+json, conserveeId et fusionId (la fusion, à annuler par POST /api/fiches/fusions/{fusionId}/annulation ; "
                + "absent pour une fusion antérieure à leur enregistrement) (code fiches.fiche-fusionnee).")
            .RequirePermission(FichesPermissions.Lire)
            .ProducesProblem(StatusCodes.Status308PermanentRedirect)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AvecExemples(null, (StatusCodes.Status200OK, ExemplesFiches.Fiche), (StatusCodes.Status308PermanentRedirect, ExemplesFiches.FicheFusionnee));

    private static async Task<Results<Ok<FicheResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, IReadRepositoryBase<Fiche> fiches, FichesDbContext db, LecteurFiches user, TimeProvider timeProvider,
        HttpResponse response, CancellationToken cancellationToken)
    {
        var fiche = await fiches.FirstOrDefaultAsync(new FicheParIdSpecification(id, user), cancellationToken);
        if (fiche is null)
        {
            return ErrorResults.Problem(FicheErrors.Introuvable);
        }

        if (fiche.FusionneeDans is { } conserveeId)
        {
            var fusionId = await db.Fusions.Where(f => f.AbsorbeeId == fiche.Id && f.AnnuleeLe == null)
                .Select(f => (Guid?)f.Id).FirstOrDefaultAsync(cancellationToken);
            return FicheFusionneeResult.Vers(fiche.Id, conserveeId, fusionId, response);
        }

        await FicheDetails.ChargerAsync(db, fiche, cancellationToken);
        ETags.Set(response, fiche.Version);
        return TypedResults.Ok(FicheResponse.From(fiche, timeProvider.Aujourdhui()));
    }
}
