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
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Dossiers.Features.RechercherDossiers;

internal static class RechercherDossiersEndpoint
{
    /// <summary>Above this many persons matching <c>beneficiaire</c>, the caller is asked to be more precise.</summary>
    public const int PersonnesParNomMax = 500;

    public static void MapRechercherDossiers(this IEndpointRouteBuilder group) =>
        group.MapGet("/", HandleAsync)
            .WithName("RechercherDossiers")
            .WithSummary("Rechercher des dossiers")
            .WithDescription(
                "Liste paginée des dossiers visibles. q : mots du numéro ou du nom (sans accents ni casse) ; numero (exact), statut, "
                + "prestation, serviceId ; ficheId : les dossiers dont la fiche est membre (onglet « Dossiers » d'une fiche) ; "
                + "beneficiaire : mots du nom d'un membre (ou son numéro AVS), cherchés dans les fiches visibles (400 si plus de "
                + $"{PersonnesParNomMax} personnes correspondent) ; referentId : les dossiers dont l'utilisateur est référent actif ; "
                + "mesDossiers=true : ceux de l'utilisateur courant ; "
                + "clotureProposeeAvant : dossiers non clos dont le dernier paiement ordinaire date de plus de six mois avant cette date. "
                + "Tri : numero, nom, dateOuverture (préfixe - pour décroissant).")
            .RequirePermission(DossiersPermissions.Lire)
            .ProducesValidationProblem();

    private static async Task<Results<Ok<PagedList<DossierResumeResponse>>, ProblemHttpResult>> HandleAsync(
        [AsParameters] RechercherDossiersQuery query, DossiersDbContext db, DossiersVisibles visibles, IFichesRecherche fiches, ICurrentUser user,
        CancellationToken cancellationToken)
    {
        var page = new PageQuery(query.Page, query.PageSize, query.Sort).ToPageRequest();
        if (!page.IsSuccess)
        {
            return ErrorResults.Problem(page.Error!);
        }

        if (query.Statut is not null && !StatutsDossier.Tous.Contains(query.Statut))
        {
            return ErrorResults.Problem(Error.Validation("statut", $"Statut inconnu. Statuts possibles : {string.Join(", ", StatutsDossier.Tous)}."));
        }

        var dossiers = db.Dossiers.AsNoTracking().Where(await visibles.FiltreAsync(cancellationToken));
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            foreach (var mot in TexteNormalise.De(query.Q).Split(' '))
            {
                dossiers = dossiers.Where(d => d.TexteRecherche.Contains(mot));
            }
        }

        if (!string.IsNullOrWhiteSpace(query.Beneficiaire))
        {
            var personnes = await fiches.IdsAsync(query.Beneficiaire, PersonnesParNomMax, cancellationToken);
            if (personnes.Count > PersonnesParNomMax)
            {
                return ErrorResults.Problem(Error.Validation(
                    "beneficiaire", $"Plus de {PersonnesParNomMax} personnes correspondent : précisez le nom (nom et prénom, ou numéro AVS)."));
            }

            dossiers = dossiers.Where(d => d.Membres.Any(m => personnes.Contains(m.FicheId)));
        }

        if ((query.MesDossiers == true ? user.Id : query.ReferentId) is { } referent)
        {
            dossiers = dossiers.Where(d => d.Referents.Any(r => r.Au == null && r.UtilisateurId == referent));
        }

        dossiers = Filtrer(dossiers, query, db);
        var trie = Trier(dossiers, query.Sort);
        if (trie is null)
        {
            return ErrorResults.Problem(Error.Validation("sort", "Tri possible : numero, nom, dateOuverture (préfixe - pour décroissant)."));
        }

        var total = await dossiers.CountAsync(cancellationToken);
        var items = await trie.Skip(page.Value.Skip).Take(page.Value.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<DossierResumeResponse>(
            items.Select(DossierResumeResponse.From).ToList(), page.Value.Page, page.Value.PageSize, total));
    }

    private static IQueryable<Dossier> Filtrer(IQueryable<Dossier> dossiers, RechercherDossiersQuery query, DossiersDbContext db)
    {
        if (query.Numero is not null)
        {
            dossiers = dossiers.Where(d => d.Numero == query.Numero);
        }

        if (query.Statut is not null)
        {
            dossiers = dossiers.Where(d => d.Statut == query.Statut);
        }

        if (query.Prestation is not null)
        {
            dossiers = dossiers.Where(d => d.Prestation == query.Prestation);
        }

        if (query.ServiceId is not null)
        {
            dossiers = dossiers.Where(d => d.ServiceId == query.ServiceId);
        }

        if (query.FicheId is { } ficheId)
        {
            dossiers = dossiers.Where(d => d.Membres.Any(m => m.FicheId == ficheId));
        }

        if (query.ClotureProposeeAvant is { } avant)
        {
            var limite = avant.AddMonths(-DossierResponse.MoisAvantCloture);
            dossiers = dossiers.Where(d => d.Statut != StatutsDossier.Clos && d.Statut != StatutsDossier.Archive
                && db.DerniersPaiements.Any(p => p.DossierId == d.Id && p.Date <= limite));
        }

        return dossiers;
    }

    private static IOrderedQueryable<Dossier>? Trier(IQueryable<Dossier> dossiers, string? sort) => sort switch
    {
        null or "numero" => dossiers.OrderBy(d => d.Numero),
        "-numero" => dossiers.OrderByDescending(d => d.Numero),
        "nom" => dossiers.OrderBy(d => d.Nom).ThenBy(d => d.Numero),
        "-nom" => dossiers.OrderByDescending(d => d.Nom).ThenBy(d => d.Numero),
        "dateOuverture" => dossiers.OrderBy(d => d.DateOuverture).ThenBy(d => d.Numero),
        "-dateOuverture" => dossiers.OrderByDescending(d => d.DateOuverture).ThenBy(d => d.Numero),
        _ => null,
    };
}
