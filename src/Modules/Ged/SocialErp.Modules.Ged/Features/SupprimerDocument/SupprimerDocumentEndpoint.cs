using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Ged.Contracts;
using SocialErp.Modules.Ged.Domain;
using SocialErp.Modules.Ged.Features.Shared;
using SocialErp.Modules.Ged.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Ged.Features.SupprimerDocument;

internal static class SupprimerDocumentEndpoint
{
    public static void MapSupprimerDocument(this IEndpointRouteBuilder group) =>
        group.MapDelete("/{id:guid}", HandleAsync)
            .WithName("SupprimerDocument")
            .WithSummary("Supprimer un document (avec motif)")
            .WithDescription(
                "Suppression logique : ?motif= est obligatoire (400 sinon). Le document disparaît des listes et des téléchargements ; "
                + "il est conservé pendant la durée de conservation (Ged:ConservationApresSuppression, 365 jours par défaut), puis la "
                + "purge nocturne retire son contenu. If-Match facultatif (412).")
            .RequirePermission(GedPermissions.Ecrire)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    private static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        Guid id, string? motif, DocumentsCharges documents, GedDbContext db, ICurrentUser user, TimeProvider timeProvider,
        IOptions<GedOptions> options, HttpContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(motif) || motif.Trim().Length > DocumentConfiguration.MotifMaxLength)
        {
            return ErrorResults.Problem(Error.Validation("motif", $"Le motif de la suppression est requis (au plus {DocumentConfiguration.MotifMaxLength} caractères)."));
        }

        var result = await VersionedWrites.RunAsync<Document>(
            context,
            async version =>
            {
                var charge = await documents.ChargerAsync(id, version, cancellationToken);
                if (!charge.IsSuccess)
                {
                    return charge.Error!;
                }

                var suppression = charge.Value.Supprimer(motif, options.Value.ConservationApresSuppression, timeProvider.GetUtcNow().UtcDateTime, user.Id);
                if (!suppression.IsSuccess)
                {
                    return suppression.Error!;
                }

                db.Publish(EvenementsDocument.Supprime(charge.Value));
                await db.SaveChangesAsync(cancellationToken);
                return charge.Value;
            },
            document => document.Version);
        return result.IsSuccess ? TypedResults.NoContent() : ErrorResults.Problem(result.Error!);
    }
}
