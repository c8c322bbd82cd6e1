using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.OuvrirDossier;
using SocialErp.Modules.Dossiers.Features.Shared;

namespace SocialErp.Modules.Dossiers.Features.Membres;

internal static class MembresEndpoints
{
    public static void MapMembres(this IEndpointRouteBuilder group)
    {
        group.MapGet("/{id:guid}/fiches", ListerAsync)
            .WithName("ListerMembresDossier")
            .WithSummary("Lister les fiches d'un dossier")
            .WithDescription("Les fiches membres du dossier et leur rôle.")
            .RequirePermission(DossiersPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/fiches", AjouterAsync)
            .WithName("AjouterMembreDossier")
            .WithSummary("Ajouter une fiche à un dossier")
            .WithDescription(
                "Ajoute une fiche avec son rôle. Fiche inconnue ou invisible : 404 ; fiche archivée, requérant qui n'est pas usager ou "
                + "second requérant : 400 ; fiche déjà membre ou dossier archivé : 409. L'unité d'allocation se modifie à part "
                + "(PUT unite-allocation). If-Match facultatif.")
            .RequirePermission(DossiersPermissions.Ecrire)
            .WithValidation<MembreRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapDelete("/{id:guid}/fiches/{ficheId:guid}", RetirerAsync)
            .WithName("RetirerMembreDossier")
            .WithSummary("Retirer une fiche d'un dossier")
            .WithDescription(
                "Retire la fiche du dossier. La dernière fiche ne peut pas être retirée (409), ni une fiche qui a des périodes dans "
                + "l'unité d'allocation (409). If-Match facultatif.")
            .RequirePermission(DossiersPermissions.Ecrire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<Results<Ok<IReadOnlyList<MembreResponse>>, ProblemHttpResult>> ListerAsync(
        Guid id, ChargementDossier chargement, HttpResponse response, CancellationToken cancellationToken)
    {
        var dossier = await chargement.LireAsync(id, cancellationToken);
        if (dossier is null)
        {
            return ErrorResults.Problem(DossierErrors.Introuvable);
        }

        ETags.Set(response, dossier.Version);
        return TypedResults.Ok<IReadOnlyList<MembreResponse>>(dossier.Membres.OrderBy(m => m.AjouteLe).Select(MembreResponse.From).ToList());
    }

    private static async Task<Results<Ok<IReadOnlyList<MembreResponse>>, ProblemHttpResult>> AjouterAsync(
        Guid id, MembreRequest request, MembresHandler handler, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(
            context, version => handler.AjouterAsync(id, request, version, cancellationToken), dossier => dossier.Version);
        return Repondre(result);
    }

    private static async Task<Results<Ok<IReadOnlyList<MembreResponse>>, ProblemHttpResult>> RetirerAsync(
        Guid id, Guid ficheId, MembresHandler handler, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(
            context, version => handler.RetirerAsync(id, ficheId, version, cancellationToken), dossier => dossier.Version);
        return Repondre(result);
    }

    private static Results<Ok<IReadOnlyList<MembreResponse>>, ProblemHttpResult> Repondre(SocialErp.SharedKernel.Results.Result<Dossier> result) =>
        result.IsSuccess
            ? TypedResults.Ok<IReadOnlyList<MembreResponse>>(result.Value.Membres.OrderBy(m => m.AjouteLe).Select(MembreResponse.From).ToList())
            : ErrorResults.Problem(result.Error!);
}
