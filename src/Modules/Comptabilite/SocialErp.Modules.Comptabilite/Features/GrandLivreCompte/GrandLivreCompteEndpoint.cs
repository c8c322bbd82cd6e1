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

namespace SocialErp.Modules.Comptabilite.Features.GrandLivreCompte;

internal static class GrandLivreCompteEndpoint
{
    private static readonly IReadOnlySet<Guid> AucuneInterne = new HashSet<Guid>();

    public static void MapGrandLivreCompte(this IEndpointRouteBuilder group) =>
        group.MapGet("/comptes/{numero}/grand-livre", HandleAsync)
            .WithName("GrandLivreCompte")
            .WithSummary("Grand livre d'un compte, toutes personnes confondues")
            .WithDescription(
                "Les lignes du compte du « du » (depuis le début s'il manque) au « au » (aujourd'hui par défaut), par date : solde d'ouverture à « du », "
                + "lignes avec solde courant, totaux et solde de clôture de toute la période (débit − crédit). Paginé (page, pageSize ≤ 500) dans l'ordre "
                + "chronologique ; « soldeReport » est le solde reporté au début de la page. 404 si aucun compte ne porte ce numéro. "
                + "Réservé aux métiers qui consolident (comptable, direction).")
            .RequirePermission(ComptabilitePermissions.Consolider)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<GrandLivreCompteResponse>, ProblemHttpResult>> HandleAsync(
        string numero, DateOnly? du, DateOnly? au, int? page, int? pageSize, ComptabiliteDbContext db, PresentationGrandLivre presentation,
        TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var pagination = new PageQuery(page, pageSize, null).ToPageRequest();
        if (!pagination.IsSuccess)
        {
            return ErrorResults.Problem(pagination.Error!);
        }

        var intervalle = Intervalle.Lire(du, au, timeProvider);
        if (!intervalle.IsSuccess)
        {
            return ErrorResults.Problem(intervalle.Error!);
        }

        var compte = await db.Comptes.AsNoTracking().FirstOrDefaultAsync(c => c.Numero == numero, cancellationToken);
        if (compte is null)
        {
            return ErrorResults.Problem(ComptabiliteErrors.CompteIntrouvable);
        }

        var (debut, fin) = intervalle.Value;
        var cumuls = await LectureGrandLivreCompte.CumulsAsync(db, compte.Id, debut, fin, cancellationToken);
        var (avantPage, lignes) = await LectureGrandLivreCompte.PageAsync(db, compte.Id, debut, fin, pagination.Value, cancellationToken);
        var report = cumuls.Ouverture + avantPage;
        var (mouvements, _) = await presentation.MouvementsAsync(lignes, report, AucuneInterne, cancellationToken);
        return TypedResults.Ok(new GrandLivreCompteResponse(
            compte.Numero, compte.Libelle, compte.Classe, compte.Genre, debut, fin, Chf.Montant(cumuls.Ouverture), Chf.Montant(report), mouvements,
            Chf.Montant(cumuls.Debit), Chf.Montant(cumuls.Credit), Chf.Montant(cumuls.Ouverture + cumuls.Debit - cumuls.Credit),
            pagination.Value.Page, pagination.Value.PageSize, cumuls.Nombre));
    }
}
