using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Journal.Contracts;

namespace SocialErp.Modules.Journal.Features.VerifierMutations;

internal static class VerifierMutationsEndpoint
{
    public static void MapVerifierMutations(this IEndpointRouteBuilder group) =>
        group.MapGet("/mutations/verification", HandleAsync)
            .WithName("VerifierMutations")
            .WithSummary("Vérifier l'intégrité du journal des mutations")
            .WithDescription(
                "Recalcule la chaîne d'empreintes (SHA-256) de toutes les lignes dans l'ordre et indique la première rupture : "
                + "ligne modifiée (raison « empreinte ») ou supprimée (raison « sequence »). Parcourt tout le journal : à lancer hors des heures chargées sur un grand volume.")
            .RequirePermission(JournalPermissions.LireMutations)
            .Produces<VerificationResponse>();

    private static async Task<Ok<VerificationResponse>> HandleAsync(VerificationChaine verification, CancellationToken cancellationToken) =>
        TypedResults.Ok(await verification.VerifierAsync(cancellationToken));
}
