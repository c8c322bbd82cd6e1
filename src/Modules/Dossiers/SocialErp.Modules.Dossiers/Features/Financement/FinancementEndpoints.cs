using SocialErp.SharedKernel.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Features.Financement;

internal static class FinancementEndpoints
{
    public static void MapFinancement(this IEndpointRouteBuilder group)
    {
        group.MapGet("/{id:guid}/financement", LireAsync)
            .WithName("LireFinancementDossier")
            .WithSummary("Lire le financement d'un dossier")
            .WithDescription("Convention, financeur principal, montant prévu (total calculé) et répartition entre cofinanceurs, avec son ETag. "
                + "Dossier invisible : 404 dossiers.dossier-introuvable ; sans financement : 404 dossiers.financement-absent.")
            .RequirePermission(DossiersPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}/financement", DefinirAsync)
            .WithName("DefinirFinancementDossier")
            .WithSummary("Définir le financement d'un dossier")
            .WithDescription("Crée ou remplace le financement (If-Match sur sa version). Financeurs : fiches de catégorie financeur (400 sinon, "
                + "404 si inconnues) ; la répartition doit faire 100 % ou le total (400 dossiers.repartition-incorrecte) ; dossier archivé : 409.")
            .RequirePermission(DossiersPermissions.Ecrire)
            .WithValidation<FinancementRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<Results<Ok<FinancementResponse>, ProblemHttpResult>> LireAsync(
        Guid id, DossiersCibles cibles, DossiersDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var cible = await cibles.PourLireAsync(id, cancellationToken);
        if (!cible.IsSuccess)
        {
            return ErrorResults.Problem(cible.Error!);
        }

        var financement = await db.Financements.AsNoTracking().Include(f => f.CoFinanceurs)
            .FirstOrDefaultAsync(f => f.DossierId == id, cancellationToken);
        if (financement is null)
        {
            return ErrorResults.Problem(FinancementErrors.Absent);
        }

        ETags.Set(response, financement.Version);
        return TypedResults.Ok(Reponse(financement));
    }

    private static async Task<Results<Ok<FinancementResponse>, ProblemHttpResult>> DefinirAsync(
        Guid id, FinancementRequest request, DossiersCibles cibles, VerificationFiches fiches, DossiersDbContext db, TimeProvider timeProvider,
        HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(
            context, version => EcrireAsync(id, request, version, cibles, fiches, db, timeProvider, cancellationToken), f => f.Version);
        return result.IsSuccess ? TypedResults.Ok(Reponse(result.Value)) : ErrorResults.Problem(result.Error!);
    }

    private static async Task<Result<Domain.Financement>> EcrireAsync(
        Guid id, FinancementRequest request, long? version, DossiersCibles cibles, VerificationFiches fiches, DossiersDbContext db,
        TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var cible = await cibles.PourModifierAsync(id, cancellationToken);
        if (!cible.IsSuccess)
        {
            return cible.Error!;
        }

        var financeurs = (request.CoFinanceurs ?? []).Select((c, i) => (c.FicheId!.Value, $"coFinanceurs[{i}].ficheId"))
            .Prepend((request.FinanceurPrincipalId!.Value, "financeurPrincipalId"));
        foreach (var (ficheId, champ) in financeurs)
        {
            var verifiee = await fiches.VerifierAsync(ficheId, CategoriesFiche.Financeur, champ, cancellationToken);
            if (!verifiee.IsSuccess)
            {
                return verifiee.Error!;
            }
        }

        var donnees = new DonneesFinancement(
            request.Convention?.Reference,
            request.Convention?.Du,
            request.Convention?.Au,
            request.Convention?.HeuresFinancees,
            request.FinanceurPrincipalId.Value,
            request.TypeFinanceur!,
            request.ModeMontant!,
            request.Montant!.Value,
            request.Repartition,
            request.PartPrincipale,
            (request.CoFinanceurs ?? []).Select(c => (c.FicheId!.Value, c.Part!.Value)).ToList());
        var maintenant = timeProvider.Maintenant();
        var financement = await db.Financements.Include(f => f.CoFinanceurs).FirstOrDefaultAsync(f => f.DossierId == id, cancellationToken);
        if (financement is null)
        {
            if (version is not null)
            {
                return Error.VersionObsolete;
            }

            var cree = Domain.Financement.Creer(id, donnees, maintenant);
            if (!cree.IsSuccess)
            {
                return cree;
            }

            financement = cree.Value;
            db.Financements.Add(financement);
        }
        else
        {
            var controle = ETags.Check(version, financement.Version);
            var defini = controle.IsSuccess ? financement.Definir(donnees, maintenant) : controle;
            if (!defini.IsSuccess)
            {
                return defini.Error!;
            }
        }

        // A PUT repeating the funding as it is changes no row: nothing to publish, and the version stays.
        if (db.ChangeTracker.HasChanges())
        {
            db.Publish(EvenementsIntegration.Financement(financement));
        }

        await db.SaveChangesAsync(cancellationToken);
        return financement;
    }

    private static FinancementResponse Reponse(Domain.Financement f) => new(
        f.Id,
        f.DossierId,
        f.ConventionReference is null && f.ConventionDu is null && f.ConventionAu is null && f.HeuresFinancees is null
            ? null
            : new ConventionResponse(f.ConventionReference, f.ConventionDu, f.ConventionAu, f.HeuresFinancees),
        f.FinanceurPrincipalId,
        f.TypeFinanceur,
        f.ModeMontant,
        f.Montant,
        f.MontantTotal,
        f.Repartition,
        f.PartPrincipale,
        f.CoFinanceurs.Select(c => new CoFinanceurResponse(c.FicheId, c.Part)).ToList(),
        f.Version);
}
