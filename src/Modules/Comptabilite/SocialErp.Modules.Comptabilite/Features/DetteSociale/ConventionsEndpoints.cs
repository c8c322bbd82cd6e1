using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Comptabilite.Features.DetteSociale;

internal static class ConventionsEndpoints
{
    public static void MapConventions(this IEndpointRouteBuilder group)
    {
        group.MapPost("/dette-sociale/conventions", CreerAsync)
            .WithName("ConclureConventionRemboursement")
            .WithSummary("Enregistrer une convention de remboursement")
            .WithDescription("La personne rembourse une catégorie de dette par mensualités ; la convention en vigueur accompagne sa dette dans /dette-sociale.")
            .RequirePermission(ComptabilitePermissions.Ecrire)
            .WithValidation<ConventionRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/dette-sociale/conventions", ListerAsync)
            .WithName("ListerConventionsRemboursement")
            .WithSummary("Conventions de remboursement d'une personne")
            .WithDescription("Toutes les conventions de la fiche (et des fiches fusionnées dans la sienne), de la plus récente à la plus ancienne.")
            .RequirePermission(ComptabilitePermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static ConventionResponse From(ConventionRemboursement c) =>
        new(c.Id, c.FicheId, c.Categorie, Chf.Montant(c.MontantMensuel), c.Du, c.Au, c.Remarque);

    private static async Task<Results<Created<ConventionResponse>, ProblemHttpResult>> CreerAsync(
        ConventionRequest request, DimensionsVisibles visibles, ComptabiliteDbContext db, ICurrentUser user, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        if (!await visibles.FicheAsync(request.FicheId!.Value, cancellationToken))
        {
            return ErrorResults.Problem(ComptabiliteErrors.FicheIntrouvable);
        }

        var convention = ConventionRemboursement.Conclure(
            request.FicheId.Value, request.Categorie!, request.MontantMensuel!.Value, request.Du!.Value, request.Au, request.Remarque,
            timeProvider.GetUtcNow().UtcDateTime, user.Id);
        db.Conventions.Add(convention);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/comptabilite/dette-sociale/conventions?ficheId={convention.FicheId}", From(convention));
    }

    private static async Task<Results<Ok<List<ConventionResponse>>, ProblemHttpResult>> ListerAsync(
        Guid ficheId, DimensionsVisibles visibles, LecteurGrandLivre lecteur, ComptabiliteDbContext db, CancellationToken cancellationToken)
    {
        if (!await visibles.FicheAsync(ficheId, cancellationToken))
        {
            return ErrorResults.Problem(ComptabiliteErrors.FicheIntrouvable);
        }

        var fiches = await lecteur.FichesDeAsync(ficheId, cancellationToken);
        var conventions = await db.Conventions.AsNoTracking().Where(c => fiches.Contains(c.FicheId)).OrderByDescending(c => c.Du).ToListAsync(cancellationToken);
        return TypedResults.Ok(conventions.Select(From).ToList());
    }
}
