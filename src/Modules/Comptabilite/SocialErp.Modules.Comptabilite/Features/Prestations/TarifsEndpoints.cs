using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Features.Prestations;

internal static class TarifsEndpoints
{
    public static void MapTarifs(this IEndpointRouteBuilder group)
    {
        group.MapPost("/tarifs", CreerAsync)
            .WithName("CreerTarif")
            .WithSummary("Créer un tarif de prestation valorisée")
            .WithDescription(
                "Prix par heure ou par unité d'un type de prestation, sur une période de validité. Les tarifs d'un même code ne se "
                + "chevauchent pas : un nouveau tarif commençant après un tarif ouvert le clôt la veille ; tout autre chevauchement → 409.")
            .RequirePermission(ComptabilitePermissions.Parametrer)
            .WithValidation<TarifRequest>();
        group.MapGet("/tarifs", ListerAsync)
            .WithName("ListerTarifs")
            .WithSummary("Tarifs des prestations valorisées")
            .WithDescription("Tous les tarifs, ou ceux valides à `date` ; filtrables par `code` et `typePrestation`.")
            .RequirePermission(ComptabilitePermissions.Lire);
    }

    public static TarifResponse From(Tarif t) => new(t.Id, t.Code, t.Libelle, t.TypePrestation, t.Unite, Chf.Montant(t.Prix), t.ValideDu, t.ValideAu);

    private static async Task<Results<Created<TarifResponse>, ProblemHttpResult>> CreerAsync(
        TarifRequest request, ComptabiliteDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var du = request.ValideDu!.Value;
        var memeCode = await db.Tarifs.Where(t => t.Code == request.Code).ToListAsync(cancellationToken);
        foreach (var precedent in memeCode.Where(t => t.ValideAu is null && t.ValideDu < du))
        {
            precedent.ClorePour(du);
        }

        if (memeCode.Any(t => t.Chevauche(du, request.ValideAu)))
        {
            return ErrorResults.Problem(Error.Conflict(
                "comptabilite.tarif-chevauchement", $"Un tarif {request.Code} est déjà valide sur cette période : les tarifs d'un code ne se chevauchent pas."));
        }

        var tarif = Tarif.Creer(request.Code!, request.Libelle!, request.TypePrestation!, request.Unite!, request.Prix!.Value, du, request.ValideAu,
            timeProvider.GetUtcNow().UtcDateTime);
        db.Tarifs.Add(tarif);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/comptabilite/tarifs?code={Uri.EscapeDataString(tarif.Code)}", From(tarif));
    }

    private static async Task<Ok<List<TarifResponse>>> ListerAsync(
        DateOnly? date, string? code, string? typePrestation, ComptabiliteDbContext db, CancellationToken cancellationToken)
    {
        var tarifs = db.Tarifs.AsNoTracking();
        if (date is { } jour)
        {
            tarifs = tarifs.Where(t => t.ValideDu <= jour && (t.ValideAu == null || t.ValideAu >= jour));
        }

        if (code is not null)
        {
            tarifs = tarifs.Where(t => t.Code == code);
        }

        if (typePrestation is not null)
        {
            tarifs = tarifs.Where(t => t.TypePrestation == typePrestation);
        }

        var liste = await tarifs.OrderBy(t => t.Code).ThenBy(t => t.ValideDu).ToListAsync(cancellationToken);
        return TypedResults.Ok(liste.Select(From).ToList());
    }
}
