using System.Linq.Expressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.RechercherFiches;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Fiches.Features.CarnetAdresses;

/// <summary>
/// The central address book (seed 002: « base disponible pour E-mailing, listings internes des numéros de téléphone,
/// listes des contacts fréquents »): the visible, active fiches a search selects, with the address and numbers to
/// reach them, as JSON pages or one CSV file.
/// </summary>
internal static class CarnetAdressesEndpoint
{
    private const int LotCsv = 500;

    public static void MapCarnetAdresses(this IEndpointRouteBuilder group) =>
        group.MapGet("/carnet-adresses", HandleAsync)
            .WithName("CarnetAdresses")
            .WithSummary("Carnet d'adresses : adresses, e-mails et téléphones des fiches pour un envoi ou une liste")
            .WithDescription(
                "Les fiches visibles et actives (non archivées) que choisissent q, categorie, commune et type (comme la recherche), avec pour chacune "
                + "l'adresse où écrire à la date (postale d'abord, puis domicile pour une personne ou professionnelle pour une organisation), "
                + "le premier e-mail, téléphone et mobile (les principaux d'abord) et la langue. "
                + $"canal ({string.Join(", ", CanauxCarnet.Tous)}) : seulement les fiches joignables ainsi (un e-mail, un mobile, un numéro, une adresse valable à la date). "
                + "typeMessage (courrier, rappel, convocation, avec canal email, sms ou courrier) : écarte les fiches qui ont demandé un autre canal, "
                + "ou aucun, pour ce genre de message. date : AAAA-MM-JJ, aujourd'hui par défaut. "
                + "format : json (défaut, paginé comme la recherche, total compté jusqu'à "
                + $"{PageFichesResponse.PlafondTotal}) ou csv (toute la liste en un fichier : point-virgule, UTF-8 avec BOM, une ligne par fiche ; "
                + "une valeur saisie qui commencerait une formule de tableur est précédée d'une apostrophe).")
            .RequirePermission(FichesPermissions.Lire)
            .Produces<PageCarnetResponse>(StatusCodes.Status200OK, "application/json", "text/csv")
            .ProducesValidationProblem()
            .AvecExemples(null, (StatusCodes.Status200OK, ExemplesFiches.Carnet));

    private static async Task<Results<Ok<PageCarnetResponse>, PushStreamHttpResult, ProblemHttpResult>> HandleAsync(
        [AsParameters] CarnetAdressesQuery query, FichesDbContext db, LecteurFiches user, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var date = query.Date ?? timeProvider.Aujourdhui();
        var demande = Lire(query, date);
        if (!demande.IsSuccess)
        {
            return ErrorResults.Problem(demande.Error!);
        }

        var (filtres, critere, tri) = demande.Value;
        var ids = RechercheFiches.Ids(db, filtres, critere, tri, user);
        if (query.Format == "csv")
        {
            return TypedResults.Stream(
                sortie => EcrireCsvAsync(sortie, db, ids, date, cancellationToken), CsvCarnet.TypeContenu, $"carnet-adresses_{date:yyyy-MM-dd}.csv");
        }

        var page = new PageQuery(query.Page, query.PageSize, null).ToPageRequest();
        if (!page.IsSuccess)
        {
            return ErrorResults.Problem(page.Error!);
        }

        var limite = Math.Max(PageFichesResponse.PlafondTotal, page.Value.Skip + page.Value.PageSize);
        var (pageIds, comptees) = await PageDeRecherche.LireAsync(
            ids, () => RechercheFiches.CompterAsync(db, filtres, critere, user, limite, cancellationToken), page.Value, cancellationToken);
        var lignes = await LignesAsync(db, pageIds, date, cancellationToken);
        return TypedResults.Ok(new PageCarnetResponse(lignes, page.Value.Page, page.Value.PageSize, Math.Min(comptees, limite), comptees <= limite));
    }

    private static Result<(FiltresFiches Filtres, CritereRecherche Critere, FichesTri Tri)> Lire(CarnetAdressesQuery query, DateOnly date)
    {
        if (query.Format is not (null or "json" or "csv"))
        {
            return Error.Validation("format", "Le format est « json » ou « csv ».");
        }

        if (query.Canal is not null && !CanauxCarnet.Tous.Contains(query.Canal))
        {
            return Error.Validation("canal", $"Canal inconnu. Canaux possibles : {string.Join(", ", CanauxCarnet.Tous)}.");
        }

        var conditions = new List<Expression<Func<Fiche, bool>>>();
        if (query.Canal is { } canal)
        {
            conditions.Add(CanauxCarnet.Joignable(canal, date));
        }

        if (query.TypeMessage is not null)
        {
            if (!query.TypeMessage.All(char.IsAsciiLetter) || !Enum.TryParse<TypeMessage>(query.TypeMessage, ignoreCase: true, out var typeMessage))
            {
                return Error.Validation("typeMessage", "Le type de message est « courrier », « rappel » ou « convocation ».");
            }

            if (query.Canal is null || CanauxCarnet.SansAutrePreference(query.Canal, typeMessage) is not { } preference)
            {
                return Error.Validation("typeMessage", "typeMessage s'emploie avec canal email, sms ou courrier : les préférences portent sur ces canaux.");
            }

            conditions.Add(preference);
        }

        var filtres = FiltresFiches.Lire(archivee: false, query.Type, query.Categorie, query.Commune);
        if (!filtres.IsSuccess)
        {
            return filtres.Error!;
        }

        var critere = CritereRecherche.Lire(query.Q);
        var tri = FichesTri.Lire(query.Sort, avecTexte: critere.Prefixes.Count > 0);
        return tri.IsSuccess ? (filtres.Value with { Conditions = conditions }, critere, tri.Value) : tri.Error!;
    }

    private static async Task EcrireCsvAsync(Stream sortie, FichesDbContext db, IQueryable<Guid> ids, DateOnly date, CancellationToken cancellationToken)
    {
        var tous = await ids.ToListAsync(cancellationToken);
        await using var ecrivain = CsvCarnet.Ouvrir(sortie);
        foreach (var lot in tous.Chunk(LotCsv))
        {
            foreach (var ligne in await LignesAsync(db, lot, date, cancellationToken))
            {
                await CsvCarnet.EcrireAsync(ecrivain, ligne);
            }
        }
    }

    /// <summary>The rows of <paramref name="ids"/> in their order, each fiche read with what its row shows.</summary>
    private static async Task<List<LigneCarnetResponse>> LignesAsync(FichesDbContext db, IReadOnlyCollection<Guid> ids, DateOnly date, CancellationToken cancellationToken)
    {
        var fiches = await db.Fiches.AsNoTracking().AsSplitQuery()
            .Include(f => f.Categories).Include(f => f.Contacts).Include(f => f.Adresses)
            .Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        return ids.Where(fiches.ContainsKey).Select(id => LigneCarnetResponse.From(fiches[id], date)).ToList();
    }
}
