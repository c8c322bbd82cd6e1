using SocialErp.SharedKernel.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.ListerAdresses;

internal static class ListerAdressesEndpoint
{
    public static void MapListerAdresses(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}/adresses", HandleAsync)
            .WithName("ListerAdressesFiche")
            .WithSummary("Adresses d'une fiche à une date, ou tout l'historique")
            .WithDescription("Par défaut les adresses valables aujourd'hui ; ?date=AAAA-MM-JJ celles valables ce jour-là ; ?historique=true toutes, de la plus récente à la plus ancienne.")
            .RequirePermission(FichesPermissions.Lire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AvecExemples(null, (StatusCodes.Status200OK, new[] { ExemplesFiches.AdresseLue }));

    private static async Task<Results<Ok<IReadOnlyList<AdresseResponse>>, ProblemHttpResult>> HandleAsync(
        Guid id, [AsParameters] ListerAdressesQuery query, IReadRepositoryBase<Fiche> fiches, FichesDbContext db, LecteurFiches user,
        TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var fiche = await fiches.FirstOrDefaultAsync(new FicheParIdSpecification(id, user), cancellationToken);
        if (fiche is null)
        {
            return ErrorResults.Problem(FicheErrors.Introuvable);
        }

        await db.Entry(fiche).Collection(f => f.Adresses).LoadAsync(cancellationToken);
        var date = query.Date ?? timeProvider.Aujourdhui();
        IReadOnlyList<AdresseResponse> adresses = fiche.Adresses
            .Where(a => query.Historique == true || a.EstValideLe(date))
            .OrderByDescending(a => a.ValideDu)
            .ThenBy(a => a.Type)
            .Select(AdresseResponse.From)
            .ToList();
        return TypedResults.Ok(adresses);
    }
}
