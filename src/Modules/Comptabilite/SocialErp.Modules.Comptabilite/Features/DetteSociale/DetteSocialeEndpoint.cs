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
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.Features.DetteSociale;

internal static class DetteSocialeEndpoint
{
    public static void MapDetteSociale(this IEndpointRouteBuilder group) =>
        group.MapGet("/dette-sociale", HandleAsync)
            .WithName("DetteSociale")
            .WithSummary("Dette sociale à une date, avec son ancienneté")
            .WithDescription(
                "Montants remboursables ouverts à « date » (aujourd'hui par défaut) par personne et catégorie (avance, pret, indu-licite, "
                + "indu-illicite), répartis par ancienneté ; filtres « ficheId » (la dette suit la personne d'un dossier à l'autre), "
                + "« dossierId » (les membres de son UA à la date), « categorie », « commune » (commune de domicile de la dette). "
                + "Sans « ficheId » ni « dossierId », réservé aux métiers qui consolident (403 sinon).")
            .RequirePermission(ComptabilitePermissions.Lire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<DetteSocialeResponse>, ProblemHttpResult>> HandleAsync(
        DateOnly? date, Guid? ficheId, Guid? dossierId, string? categorie, int? commune,
        DimensionsVisibles visibles, LecteurGrandLivre lecteur, CalculDette calcul, ComptabiliteDbContext db, ICurrentUser user,
        TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (categorie is not null && !CategoriesDette.Toutes.Contains(categorie))
        {
            return ErrorResults.Problem(Error.Validation("categorie", $"Catégorie inconnue (valeurs : {string.Join(", ", CategoriesDette.Toutes)})."));
        }

        var au = date ?? timeProvider.Aujourdhui();
        List<Guid>? fiches = null;
        if (ficheId is { } fiche)
        {
            if (!await visibles.FicheAsync(fiche, cancellationToken))
            {
                return ErrorResults.Problem(ComptabiliteErrors.FicheIntrouvable);
            }

            fiches = [.. await lecteur.FichesDeAsync(fiche, cancellationToken)];
        }

        if (dossierId is { } dossier)
        {
            if (!await visibles.DossierAsync(dossier, cancellationToken))
            {
                return ErrorResults.Problem(ComptabiliteErrors.DossierIntrouvable);
            }

            var membres = await db.MembresUa.AsNoTracking()
                .Where(m => m.DossierId == dossier && m.Du <= au && (m.Au == null || m.Au >= au))
                .Select(m => m.FicheId).Distinct().ToListAsync(cancellationToken);
            var duDossier = new List<Guid>();
            foreach (var membre in membres)
            {
                duDossier.AddRange(await lecteur.FichesDeAsync(membre, cancellationToken));
            }

            fiches = fiches is null ? duDossier : fiches.Intersect(duDossier).ToList();
        }

        if (fiches is null && !user.HasPermission(ComptabilitePermissions.Consolider))
        {
            return ErrorResults.Problem(Error.Forbidden(
                "comptabilite.dette-globale-reservee", "La dette sociale de toutes les personnes est réservée aux métiers qui consolident : filtrez par fiche ou dossier."));
        }

        return TypedResults.Ok(await calcul.CalculerAsync(au, fiches, categorie, commune, cancellationToken));
    }
}
