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
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Fiches.Features.RechercherFiches;

internal static class RechercherFichesEndpoint
{
    public static void MapRechercherFiches(this IEndpointRouteBuilder group) =>
        group.MapGet("/", HandleAsync)
            .WithName("RechercherFiches")
            .WithSummary("Rechercher des fiches")
            .WithDescription(
                "Liste paginée des fiches visibles. q : début des mots du nom, du prénom ou des autres noms (sans accents ni casse, "
                + "« mul ha » trouve Hélène Müller), adresse e-mail (entière ou son début), ou chiffres d'un numéro AVS ou de téléphone (préfixe). "
                + "Filtres : categorie, commune (n° OFS), type, archivee (false par défaut : les fiches archivées sont exclues). "
                + "Tri : pertinence (défaut avec q : le mot trouvé, puis le nom), nom (défaut sans q), dateNaissance, creeLe ; « - » pour décroître. "
                + $"total est exact jusqu'à {PageFichesResponse.PlafondTotal} fiches (ou la fin de la page demandée) ; au-delà le comptage s'arrête "
                + "et totalExact vaut false (« plus de total »).")
            .RequirePermission(FichesPermissions.Lire)
            .ProducesValidationProblem()
            .AvecExemples(null, (StatusCodes.Status200OK, ExemplesFiches.Page));

    private static async Task<Results<Ok<PageFichesResponse>, ProblemHttpResult>> HandleAsync(
        [AsParameters] RechercherFichesQuery query, FichesDbContext db, LecteurFiches user, CancellationToken cancellationToken)
    {
        var page = new PageQuery(query.Page, query.PageSize, query.Sort).ToPageRequest();
        if (!page.IsSuccess)
        {
            return ErrorResults.Problem(page.Error!);
        }

        var critere = CritereRecherche.Lire(query.Q);
        var tri = FichesTri.Lire(query.Sort, avecTexte: critere.Prefixes.Count > 0);
        if (!tri.IsSuccess)
        {
            return ErrorResults.Problem(tri.Error!);
        }

        var filtres = FiltresFiches.Lire(query.Archivee, query.Type, query.Categorie, query.Commune);
        if (!filtres.IsSuccess)
        {
            return ErrorResults.Problem(filtres.Error!);
        }

        var limite = Math.Max(PageFichesResponse.PlafondTotal, page.Value.Skip + page.Value.PageSize);
        var (ids, comptees) = await PageDeRecherche.LireAsync(
            RechercheFiches.Ids(db, filtres.Value, critere, tri.Value, user),
            () => RechercheFiches.CompterAsync(db, filtres.Value, critere, user, limite, cancellationToken),
            page.Value,
            cancellationToken);
        var fiches = await db.Fiches.AsNoTracking().Include(f => f.Categories)
            .Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);

        return TypedResults.Ok(new PageFichesResponse(
            ids.Where(fiches.ContainsKey).Select(id => FicheResumeResponse.From(fiches[id])).ToList(),
            page.Value.Page,
            page.Value.PageSize,
            Math.Min(comptees, limite),
            TotalExact: comptees <= limite));
    }
}
