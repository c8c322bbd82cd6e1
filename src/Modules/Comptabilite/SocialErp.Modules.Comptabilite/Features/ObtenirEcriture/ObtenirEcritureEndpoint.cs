using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.ObtenirEcriture;

internal static class ObtenirEcritureEndpoint
{
    public static void MapObtenirEcriture(this IEndpointRouteBuilder group) =>
        group.MapGet("/ecritures/{id:guid}", HandleAsync)
            .WithName("ObtenirEcriture")
            .WithSummary("Lire une écriture et ses lignes")
            .WithDescription("Visible quand chaque personne et chaque dossier nommés par ses lignes le sont pour l'utilisateur ; sinon 404.")
            .RequirePermission(ComptabilitePermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<EcritureResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ComptabiliteDbContext db, DimensionsVisibles visibles, CancellationToken cancellationToken)
    {
        var ecriture = await LireAsync(db, id, cancellationToken);
        if (ecriture is null || !await EstVisibleAsync(ecriture, visibles, cancellationToken))
        {
            return ErrorResults.Problem(ComptabiliteErrors.EcritureIntrouvable);
        }

        var extourneePar = await db.Ecritures.Where(e => e.ExtourneDe == id).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(EcritureResponse.From(ecriture, extourneePar));
    }

    public static Task<Ecriture?> LireAsync(ComptabiliteDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Ecritures.Include(e => e.Lignes).ThenInclude(l => l.Compte).AsSplitQuery().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    public static Task<bool> EstVisibleAsync(Ecriture ecriture, DimensionsVisibles visibles, CancellationToken cancellationToken) =>
        visibles.LignesAsync(ecriture.Lignes.Select(l => new DimensionsLigne(l.FicheId, l.DossierId, l.UniteAllocationId)).ToList(), cancellationToken);
}
