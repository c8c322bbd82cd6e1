using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.Features.Balance;

internal static class BalanceEndpoint
{
    public static void MapBalance(this IEndpointRouteBuilder group) =>
        group.MapGet("/balance", HandleAsync)
            .WithName("BalanceDesComptes")
            .WithSummary("Balance des comptes à une date")
            .WithDescription(
                "Pour chaque compte mouvementé jusqu'au « au » compris (aujourd'hui par défaut) : numéro, libellé, classe, genre, total des débits, "
                + "total des crédits et solde (débit − crédit) ; totaux généraux, totaux des soldes débiteurs et créditeurs. Les débits égalent les "
                + "crédits (« equilibree »). Réservé aux métiers qui consolident (comptable, direction).")
            .RequirePermission(ComptabilitePermissions.Consolider)
            .ProducesValidationProblem();

    private static async Task<Ok<BalanceResponse>> HandleAsync(DateOnly? au, ComptabiliteDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        TypedResults.Ok(await CalculBalance.CalculerAsync(db, au ?? timeProvider.Aujourdhui(), cancellationToken));
}
