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
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Dossiers.Features.Conventions;

/// <summary>The funding-convention catalogue (« Admin &gt; Conventions »): read by every reader, written by direction.</summary>
internal static class ConventionsEndpoints
{
    public static void MapConventions(this IEndpointRouteBuilder parametres)
    {
        parametres.MapGet("/conventions", ListerAsync)
            .WithName("ListerConventionsFinancement")
            .WithSummary("Lister les conventions de financement")
            .WithDescription("Le catalogue des conventions de financement des dossiers (pas les conventions de facturation de la comptabilité), "
                + "par référence, paginé. Filtres : actives (true : actives seulement, false : inactives seulement), financeurId, "
                + "q (mots de la référence ou du libellé), dateValidite (valides ce jour-là).")
            .RequirePermission(DossiersPermissions.Lire)
            .ProducesValidationProblem();

        parametres.MapGet("/conventions/{id:guid}", LireAsync)
            .WithName("LireConventionFinancement")
            .WithSummary("Lire une convention de financement")
            .WithDescription("La convention avec son ETag. Inconnue : 404 dossiers.convention-introuvable.")
            .RequirePermission(DossiersPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);

        parametres.MapPost("/conventions", CreerAsync)
            .WithName("CreerConventionFinancement")
            .WithSummary("Créer une convention de financement")
            .WithDescription("Référence unique (déjà prise : 409 dossiers.convention-existante), libellé, financeur (fiche de catégorie financeur : "
                + "400 dossiers.categorie-fiche-invalide sinon, 404 si inconnue), type de financeur, validité du/au (au ≥ du), heures financées, "
                + "mode et montant par défaut (taux-horaire : heures requises), prestations éligibles (vide : toutes ; inconnue : 400 prestations), "
                + "actif, remarques.")
            .RequirePermission(DossiersPermissions.Parametrer)
            .WithValidation<ConventionFinancementRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        parametres.MapPut("/conventions/{id:guid}", ModifierAsync)
            .WithName("ModifierConventionFinancement")
            .WithSummary("Modifier ou désactiver une convention de financement")
            .WithDescription("Remplace la convention (If-Match sur sa version, 412 si périmée). actif=false la désactive : elle n'est plus "
                + "proposée aux nouveaux financements ; il n'y a pas de suppression. Les financements qui l'utilisent gardent les valeurs "
                + "qu'ils en ont copiées (aucune réécriture). Référence prise par une autre : 409 ; inconnue : 404.")
            .RequirePermission(DossiersPermissions.Parametrer)
            .WithValidation<ConventionFinancementRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<Results<Ok<PagedList<ConventionFinancementResponse>>, ProblemHttpResult>> ListerAsync(
        [AsParameters] ListerConventionsQuery query, DossiersDbContext db, CancellationToken cancellationToken)
    {
        var page = new PageQuery(query.Page, query.PageSize, null).ToPageRequest();
        if (!page.IsSuccess)
        {
            return ErrorResults.Problem(page.Error!);
        }

        var conventions = db.ConventionsFinancement.AsNoTracking();
        if (query.Actives is { } actives)
        {
            conventions = conventions.Where(c => c.Actif == actives);
        }

        if (query.FinanceurId is { } financeurId)
        {
            conventions = conventions.Where(c => c.FinanceurId == financeurId);
        }

        if (query.DateValidite is { } jour)
        {
            conventions = conventions.Where(c => c.Du <= jour && (c.Au == null || c.Au >= jour));
        }

        foreach (var mot in (query.Q ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var minuscules = mot.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL lower(): the same on both providers, unlike LIKE.
            conventions = conventions.Where(c => c.Reference.ToLower().Contains(minuscules) || c.Libelle.ToLower().Contains(minuscules));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await conventions.CountAsync(cancellationToken);
        var items = await conventions.OrderBy(c => c.Reference).Skip(page.Value.Skip).Take(page.Value.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<ConventionFinancementResponse>(
            items.Select(ConventionFinancementResponse.From).ToList(), page.Value.Page, page.Value.PageSize, total));
    }

    private static async Task<Results<Ok<ConventionFinancementResponse>, ProblemHttpResult>> LireAsync(
        Guid id, DossiersDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var convention = await db.ConventionsFinancement.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (convention is null)
        {
            return ErrorResults.Problem(ConventionErrors.Introuvable);
        }

        ETags.Set(response, convention.Version);
        return TypedResults.Ok(ConventionFinancementResponse.From(convention));
    }

    private static async Task<Results<Created<ConventionFinancementResponse>, ProblemHttpResult>> CreerAsync(
        ConventionFinancementRequest request, DossiersDbContext db, VerificationFiches fiches, TimeProvider timeProvider, HttpResponse response,
        CancellationToken cancellationToken)
    {
        if (await db.ConventionsFinancement.AnyAsync(c => c.Reference == request.Reference, cancellationToken))
        {
            return ErrorResults.Problem(ConventionErrors.ReferenceExistante);
        }

        var verifiee = await VerifierAsync(request, null, db, fiches, cancellationToken);
        if (!verifiee.IsSuccess)
        {
            return ErrorResults.Problem(verifiee.Error!);
        }

        var convention = ConventionFinancement.Creer(Donnees(request), timeProvider.Maintenant());
        db.ConventionsFinancement.Add(convention);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            // A concurrent request took the reference between the check and the insert: the unique index decides.
            return ErrorResults.Problem(ConventionErrors.ReferenceExistante);
        }

        ETags.Set(response, convention.Version);
        return TypedResults.Created($"/api/parametres/conventions/{convention.Id}", ConventionFinancementResponse.From(convention));
    }

    private static async Task<Results<Ok<ConventionFinancementResponse>, ProblemHttpResult>> ModifierAsync(
        Guid id, ConventionFinancementRequest request, DossiersDbContext db, VerificationFiches fiches, TimeProvider timeProvider,
        HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(
            context,
            async Task<Result<ConventionFinancement>> (version) =>
            {
                var convention = await db.ConventionsFinancement.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
                if (convention is null)
                {
                    return ConventionErrors.Introuvable;
                }

                var controle = ETags.Check(version, convention.Version);
                if (!controle.IsSuccess)
                {
                    return controle.Error!;
                }

                if (await db.ConventionsFinancement.AnyAsync(c => c.Reference == request.Reference && c.Id != id, cancellationToken))
                {
                    return ConventionErrors.ReferenceExistante;
                }

                var verifiee = await VerifierAsync(request, convention, db, fiches, cancellationToken);
                if (!verifiee.IsSuccess)
                {
                    return verifiee.Error!;
                }

                convention.Definir(Donnees(request), timeProvider.Maintenant());
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
                {
                    return ConventionErrors.ReferenceExistante;
                }

                return convention;
            },
            c => c.Version);
        return result.IsSuccess ? TypedResults.Ok(ConventionFinancementResponse.From(result.Value)) : ErrorResults.Problem(result.Error!);
    }

    /// <summary>The funder is a visible, active fiche of category financeur (checked again only when it changes) and the prestations exist.</summary>
    private static async Task<Result> VerifierAsync(
        ConventionFinancementRequest request, ConventionFinancement? actuelle, DossiersDbContext db, VerificationFiches fiches,
        CancellationToken cancellationToken)
    {
        if (actuelle?.FinanceurId != request.FinanceurId)
        {
            var financeur = await fiches.VerifierAsync(request.FinanceurId!.Value, CategoriesFiche.Financeur, "financeurId", cancellationToken);
            if (!financeur.IsSuccess)
            {
                return financeur;
            }
        }

        return await PrestationsConnues.VerifierAsync(request.Prestations, db, cancellationToken);
    }

    private static DonneesConvention Donnees(ConventionFinancementRequest request) => new(
        request.Reference!,
        request.Libelle!,
        request.FinanceurId!.Value,
        request.TypeFinanceur!,
        request.Du!.Value,
        request.Au,
        request.HeuresFinancees,
        request.ModeMontant,
        request.Montant,
        request.Prestations ?? [],
        request.Actif,
        request.Remarques);
}
