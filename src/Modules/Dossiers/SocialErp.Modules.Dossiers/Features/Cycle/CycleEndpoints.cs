using SocialErp.SharedKernel.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Dossiers.Features.Cycle;

internal static class CycleEndpoints
{
    public static void MapCycle(this IEndpointRouteBuilder group)
    {
        Map(group, "cloture", "CloreDossier", "Clore un dossier",
            "Statut clos, date et motif de clôture ; la date de sortie réelle prend la date de clôture si elle manque. "
            + "Déjà clos ou archivé : 409 ; date avant l'ouverture : 400.",
            (dossier, request, maintenant, auteur, aujourdhui) => dossier.Clore(request.Date ?? aujourdhui, request.Motif, maintenant, auteur));
        Map(group, "archivage", "ArchiverDossier", "Archiver un dossier",
            "Un dossier clos devient archivé : complet et lisible, mais en lecture seule (toute modification répond 409) jusqu'à sa "
            + "réactivation. Dossier non clos : 409.",
            (dossier, request, maintenant, auteur, aujourdhui) => dossier.Archiver(request.Date ?? aujourdhui, maintenant, auteur));
        Map(group, "reactivation", "ReactiverDossier", "Réactiver un dossier clos ou archivé",
            "Le dossier revient « en-cours » s'il avait une date d'entrée, sinon « ouvert » ; dates de clôture et de sortie effacées. "
            + "Dossier actif : 409.",
            (dossier, request, maintenant, auteur, aujourdhui) => dossier.Reactiver(request.Date ?? aujourdhui, request.Motif, maintenant, auteur));
    }

    private static void Map(
        IEndpointRouteBuilder group, string etape, string nom, string resume, string description,
        Func<Dossier, CycleRequest, DateTime, Guid?, DateOnly, Result<ChangementStatut>> transition) =>
        group.MapPost($"/{{id:guid}}/{etape}", async Task<Results<Ok<DossierResponse>, ProblemHttpResult>> (
                Guid id, CycleRequest? corps, ChargementDossier chargement, DossiersDbContext db, ReponseDossier reponse,
                ICurrentUser user, TimeProvider timeProvider, HttpContext context, CancellationToken cancellationToken) =>
            {
                var request = corps ?? new CycleRequest();
                if (request.Motif is { Length: > DossierConfiguration.MotifMaxLength })
                {
                    return ErrorResults.Problem(Error.Validation("motif", $"Le motif compte au plus {DossierConfiguration.MotifMaxLength} caractères."));
                }

                var result = await VersionedWrites.RunAsync(
                    context,
                    async version =>
                    {
                        var charge = await chargement.PourCycleAsync(id, version, cancellationToken);
                        if (!charge.IsSuccess)
                        {
                            return charge;
                        }

                        var changement = transition(charge.Value, request, timeProvider.Maintenant(), user.Id, timeProvider.Aujourdhui());
                        if (!changement.IsSuccess)
                        {
                            return Result<Dossier>.Failure(changement.Error!);
                        }

                        db.Publish(EvenementsIntegration.Statut(changement.Value));
                        await db.SaveChangesAsync(cancellationToken);
                        return charge;
                    },
                    dossier => dossier.Version);
                return result.IsSuccess
                    ? TypedResults.Ok(await reponse.DeAsync(result.Value, cancellationToken))
                    : ErrorResults.Problem(result.Error!);
            })
            .WithName(nom)
            .WithSummary(resume)
            .WithDescription(description + " Corps facultatif { date, motif }. If-Match facultatif (412 sur une version périmée).")
            .RequirePermission(DossiersPermissions.Ecrire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
