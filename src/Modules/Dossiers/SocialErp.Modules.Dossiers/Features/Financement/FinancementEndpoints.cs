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
            .WithDescription("Convention (avec conventionId et libellé quand elle vient du catalogue, null pour une référence libre), "
                + "financeur principal, montant prévu (total calculé) et répartition entre cofinanceurs, avec son ETag. "
                + "Dossier invisible : 404 dossiers.dossier-introuvable ; sans financement : 404 dossiers.financement-absent.")
            .RequirePermission(DossiersPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}/financement", DefinirAsync)
            .WithName("DefinirFinancementDossier")
            .WithSummary("Définir le financement d'un dossier")
            .WithDescription("Crée ou remplace le financement (If-Match sur sa version). Financeurs : fiches de catégorie financeur (400 sinon, "
                + "404 si inconnues) ; la répartition doit faire 100 % ou le total (400 dossiers.repartition-incorrecte) ; dossier archivé : 409. "
                + "convention.conventionId choisit une convention du catalogue (/api/parametres/conventions) : active et ouverte à la prestation "
                + "du dossier (400 convention.conventionId sinon), dates dans sa validité (400 convention.du / convention.au) ; la référence, "
                + "les dates, les heures, le financeur principal et son type, le mode et le montant omis sont copiés de la convention, "
                + "qui peut ensuite changer sans réécrire le financement. Une référence libre sans conventionId (forme historique) reste acceptée, "
                + "sauf dans les services qui exigent le catalogue (Dossiers:ServicesConventionCatalogue).")
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
        return TypedResults.Ok(await ReponseAsync(financement, db, cancellationToken));
    }

    private static async Task<Results<Ok<FinancementResponse>, ProblemHttpResult>> DefinirAsync(
        Guid id, FinancementRequest request, DossiersCibles cibles, CompletionConvention completion, VerificationFiches fiches,
        DossiersDbContext db, TimeProvider timeProvider, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(
            context, version => EcrireAsync(id, request, version, cibles, completion, fiches, db, timeProvider, cancellationToken), f => f.Version);
        return result.IsSuccess ? TypedResults.Ok(await ReponseAsync(result.Value, db, cancellationToken)) : ErrorResults.Problem(result.Error!);
    }

    private static async Task<Result<Domain.Financement>> EcrireAsync(
        Guid id, FinancementRequest saisie, long? version, DossiersCibles cibles, CompletionConvention completion, VerificationFiches fiches,
        DossiersDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var cible = await cibles.PourModifierAsync(id, cancellationToken);
        if (!cible.IsSuccess)
        {
            return cible.Error!;
        }

        var complete = await completion.CompleterAsync(saisie, cible.Value, cancellationToken);
        if (!complete.IsSuccess)
        {
            return complete.Error!;
        }

        var request = complete.Value.Request;

        var financeurs = (request.CoFinanceurs ?? []).Select((c, i) => (c.FicheId!.Value, $"coFinanceurs[{i}].ficheId"))
            .Prepend((request.FinanceurPrincipalId!.Value, "financeurPrincipalId"))
            .Where(f => f.Item1 != complete.Value.FinanceurCatalogue);
        foreach (var (ficheId, champ) in financeurs)
        {
            var verifiee = await fiches.VerifierAsync(ficheId, CategoriesFiche.Financeur, champ, cancellationToken);
            if (!verifiee.IsSuccess)
            {
                return verifiee.Error!;
            }
        }

        var donnees = new DonneesFinancement(
            request.Convention?.ConventionId,
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

    private static async Task<FinancementResponse> ReponseAsync(Domain.Financement f, DossiersDbContext db, CancellationToken cancellationToken)
    {
        var libelle = f.ConventionId is { } conventionId
            ? await db.ConventionsFinancement.AsNoTracking().Where(c => c.Id == conventionId).Select(c => c.Libelle).FirstOrDefaultAsync(cancellationToken)
            : null;
        return Reponse(f, libelle);
    }

    private static FinancementResponse Reponse(Domain.Financement f, string? libelleConvention) => new(
        f.Id,
        f.DossierId,
        f.ConventionId is null && f.ConventionReference is null && f.ConventionDu is null && f.ConventionAu is null && f.HeuresFinancees is null
            ? null
            : new ConventionResponse(f.ConventionReference, f.ConventionDu, f.ConventionAu, f.HeuresFinancees, f.ConventionId, libelleConvention),
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
