using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Features.Acces;

internal static class AccesEndpoints
{
    public static void MapAcces(this IEndpointRouteBuilder group)
    {
        group.MapPost("/{id:guid}/referents", (Guid id, AjouterReferentRequest request, AccesHandler handler, ReponseDossier reponse, HttpContext context, CancellationToken ct) =>
                RunAsync(context, reponse, v => handler.AjouterReferentAsync(id, request, v, ct), ct))
            .WithName("AjouterReferentDossier")
            .WithSummary("Ajouter un référent interne")
            .WithDescription(
                "Un utilisateur (et sa fiche d'intervenant, de catégorie intervenant) suit le dossier dès « du » ; « principal » termine "
                + "le référent principal actuel. Utilisateur inconnu : 404 ; déjà référent actif : 409 ; fiche d'une autre catégorie : 400.")
            .WithValidation<AjouterReferentRequest>();

        group.MapDelete("/{id:guid}/referents/{referentId:guid}", (Guid id, Guid referentId, AccesHandler handler, ReponseDossier reponse, HttpContext context, CancellationToken ct) =>
                RunAsync(context, reponse, v => handler.TerminerReferentAsync(id, referentId, v, ct), ct))
            .WithName("TerminerReferentDossier")
            .WithSummary("Terminer un référent")
            .WithDescription("Le référent cesse de suivre le dossier aujourd'hui ; il reste dans l'historique des référents.")
            .ProducesValidationProblem();

        group.MapPost("/{id:guid}/partages", (Guid id, PartagerRequest request, AccesHandler handler, ReponseDossier reponse, HttpContext context, CancellationToken ct) =>
                RunAsync(context, reponse, v => handler.PartagerAsync(id, request, v, ct), ct))
            .WithName("PartagerDossier")
            .WithSummary("Partager un dossier")
            .WithDescription("Partage le dossier avec un autre intervenant ou un service, jusqu'à « au » ou jusqu'au retrait. Inconnu : 404.")
            .WithValidation<PartagerRequest>();

        group.MapDelete("/{id:guid}/partages/{partageId:guid}", (Guid id, Guid partageId, AccesHandler handler, ReponseDossier reponse, HttpContext context, CancellationToken ct) =>
                RunAsync(context, reponse, v => handler.RetirerPartageAsync(id, partageId, v, ct), ct))
            .WithName("RetirerPartageDossier")
            .WithSummary("Retirer un partage")
            .WithDescription("Le partage cesse ; la trace reste dans le journal des mutations.")
            .ProducesValidationProblem();

        group.MapPost("/{id:guid}/transferts", (Guid id, TransfererRequest request, AccesHandler handler, ReponseDossier reponse, HttpContext context, CancellationToken ct) =>
                RunAsync(context, reponse, v => handler.TransfererAsync(id, request, v, ct), ct))
            .WithName("TransfererDossier")
            .WithSummary("Transférer un dossier")
            .WithDescription(
                "Transfère le dossier à un autre service et/ou un autre référent principal : l'ancien référent principal cesse, les "
                + "fiches, le journal, les documents et les accès suivent (dossiers.dossier-transfere.v1, dossiers.acces-dossier-modifie.v1). "
                + "Service ou utilisateur inconnu : 404.")
            .WithValidation<TransfererRequest>();
    }

    private static RouteHandlerBuilder WithValidation<T>(this RouteHandlerBuilder builder) =>
        EndpointBuilderExtensions.WithValidation<T>(builder)
            .RequirePermission(DossiersPermissions.Ecrire)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    private static RouteHandlerBuilder ProducesValidationProblem(this RouteHandlerBuilder builder) =>
        OpenApiRouteHandlerBuilderExtensions.ProducesValidationProblem(builder)
            .RequirePermission(DossiersPermissions.Ecrire)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    private static async Task<Results<Ok<DossierResponse>, ProblemHttpResult>> RunAsync(
        HttpContext context, ReponseDossier reponse, Func<long?, Task<Result<Dossier>>> write, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(context, write, dossier => dossier.Version);
        return result.IsSuccess ? TypedResults.Ok(await reponse.DeAsync(result.Value, cancellationToken)) : ErrorResults.Problem(result.Error!);
    }
}
