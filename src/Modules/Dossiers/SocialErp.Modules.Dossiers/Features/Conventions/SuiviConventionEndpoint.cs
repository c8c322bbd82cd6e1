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
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Dossiers.Features.Conventions;

/// <summary>Consumption per convention, what funders and directions ask for; only the dossiers the user sees.</summary>
internal static class SuiviConventionEndpoint
{
    public static void MapSuiviConvention(this IEndpointRouteBuilder parametres) =>
        parametres.MapGet("/conventions/{id:guid}/suivi", HandleAsync)
            .WithName("SuiviConventionFinancement")
            .WithSummary("Suivre la consommation d'une convention")
            .WithDescription("Les dossiers visibles dont le financement utilise la convention (par numéro), avec les heures financées, "
                + "les heures réalisées (séances émargées présent dont le jour tombe dans la période du financement) et les heures restantes "
                + "(négatives : dépassement), puis les totaux. Les dossiers que l'utilisateur ne voit pas ne sont ni listés ni comptés. "
                + "Convention inconnue : 404.")
            .RequirePermission(DossiersPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<SuiviConventionResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, DossiersDbContext db, DossiersVisibles visibles, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var convention = await db.ConventionsFinancement.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (convention is null)
        {
            return ErrorResults.Problem(ConventionErrors.Introuvable);
        }

        var financements = await db.Financements.AsNoTracking().Where(f => f.ConventionId == id).ToDictionaryAsync(f => f.DossierId, cancellationToken);
        var ids = financements.Keys.ToList();
        var dossiers = await db.Dossiers.AsNoTracking()
            .Where(d => ids.Contains(d.Id))
            .Where(await visibles.FiltreAsync(cancellationToken))
            .OrderBy(d => d.Numero)
            .Select(d => new { d.Id, d.Numero, d.Nom, d.Statut })
            .ToListAsync(cancellationToken);
        var visiblesIds = dossiers.Select(d => d.Id).ToList();
        var seances = (await db.Seances.AsNoTracking()
                .Where(s => visiblesIds.Contains(s.DossierId) && s.Etat == EtatsSeance.Realisee && s.Presence == PresencesSeance.Present)
                .Select(s => new { s.DossierId, s.Debut, s.DureeHeures })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.DossierId);

        var lignes = dossiers.Select(d =>
        {
            var f = financements[d.Id];
            var realisees = seances[d.Id]
                .Where(s => timeProvider.Jour(s.Debut) is var jour && (f.ConventionDu is null || jour >= f.ConventionDu) && (f.ConventionAu is null || jour <= f.ConventionAu))
                .Sum(s => s.DureeHeures);
            return new ConsommationDossierResponse(
                d.Id, d.Numero, d.Nom, d.Statut, f.ConventionDu, f.ConventionAu, f.HeuresFinancees, realisees, f.HeuresFinancees - realisees);
        }).ToList();
        var totaux = new TotauxConsommationResponse(
            lignes.Count,
            lignes.Sum(l => l.HeuresFinancees ?? 0m),
            lignes.Sum(l => l.HeuresRealisees),
            lignes.Sum(l => l.HeuresRestantes ?? 0m));
        return TypedResults.Ok(new SuiviConventionResponse(convention.Id, convention.Reference, convention.Libelle, lignes, totaux));
    }
}
