using SocialErp.SharedKernel.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;

namespace SocialErp.Modules.Dossiers.Features.Indicateurs;

internal static class IndicateursEndpoint
{
    public static void MapIndicateurs(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}/indicateurs", HandleAsync)
            .WithName("IndicateursDossier")
            .WithSummary("Indicateurs du parcours")
            .WithDescription(
                "Durée du parcours (entrée → sortie réelle, ou aujourd'hui), heures planifiées et réalisées (séances émargées présent), "
                + "taux de présence (présent / émargées, en %), taux de réussite (objectifs atteints / évalués, en % ; null sans objectif évalué), "
                + "et les mêmes par phase lorsque des changements de phase ont été enregistrés.")
            .RequirePermission(DossiersPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<Domain.Indicateurs>, ProblemHttpResult>> HandleAsync(
        Guid id, ChargementDossier chargement, DossiersDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var dossier = await chargement.LireAsync(id, cancellationToken);
        if (dossier is null)
        {
            return ErrorResults.Problem(DossierErrors.Introuvable);
        }

        var seances = await db.Seances.AsNoTracking().Where(s => s.DossierId == id).ToListAsync(cancellationToken);
        var typesPhase = await db.TypesEvenements.AsNoTracking().Where(t => t.ChangementPhase).Select(t => t.Code).ToListAsync(cancellationToken);
        var phases = (await db.Evenements.AsNoTracking()
                .Where(e => e.DossierId == id && typesPhase.Contains(e.TypeCode))
                .OrderBy(e => e.Date).ThenBy(e => e.Ordre)
                .ToListAsync(cancellationToken))
            .Where(e => e.Champs.ContainsKey("phase"))
            .Select(e => (e.Champs["phase"], e.Date))
            .ToList();
        var objectifs = await db.Objectifs.AsNoTracking().Where(o => o.DossierId == id).ToListAsync(cancellationToken);
        return TypedResults.Ok(CalculIndicateurs.Calculer(
            dossier.DateEntree, dossier.DateSortieReelle, seances, phases, Objectif.TauxReussite(objectifs),
            timeProvider.Aujourdhui(), timeProvider.Jour));
    }
}
