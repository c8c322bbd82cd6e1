using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Features.Comptes;

internal static class ComptesEndpoints
{
    public static void MapComptes(this IEndpointRouteBuilder group)
    {
        group.MapGet("/comptes", ListerAsync)
            .WithName("ListerComptes")
            .WithSummary("Plan comptable")
            .WithDescription("Les comptes par numéro, filtrables par « genre », « classe » et « actif ».")
            .RequirePermission(ComptabilitePermissions.Lire);
        group.MapPost("/comptes", CreerAsync)
            .WithName("CreerCompte")
            .WithSummary("Ajouter un compte au plan comptable")
            .WithDescription("Réservé aux administrateurs. Numéro unique (409 sinon), classe donnée par son premier chiffre, genre compatible avec la classe.")
            .RequirePermission(ComptabilitePermissions.Parametrer)
            .WithValidation<CreerCompteRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPatch("/comptes/{id:guid}", ModifierAsync)
            .WithName("ModifierCompte")
            .WithSummary("Renommer, désactiver ou réactiver un compte")
            .WithDescription(
                "Réservé aux administrateurs. Un compte désactivé refuse les nouvelles lignes ; ses lignes passées restent. Le numéro, la classe et le genre "
                + "ne changent pas (ils qualifient des lignes déjà passées). If-Match facultatif (412 sur une version périmée).")
            .RequirePermission(ComptabilitePermissions.Parametrer)
            .WithValidation<ModifierCompteRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<Ok<List<CompteResponse>>> ListerAsync(
        string? genre, string? classe, bool? actif, ComptabiliteDbContext db, CancellationToken cancellationToken)
    {
        var comptes = db.Comptes.AsNoTracking();
        if (genre is not null)
        {
            comptes = comptes.Where(c => c.Genre == genre);
        }

        if (classe is not null)
        {
            comptes = comptes.Where(c => c.Classe == classe);
        }

        if (actif is not null)
        {
            comptes = comptes.Where(c => c.Actif == actif);
        }

        var liste = await comptes.OrderBy(c => c.Numero).ToListAsync(cancellationToken);
        return TypedResults.Ok(liste.Select(CompteResponse.From).ToList());
    }

    private static async Task<Results<Created<CompteResponse>, ProblemHttpResult>> CreerAsync(
        CreerCompteRequest request, ComptabiliteDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await db.Comptes.AnyAsync(c => c.Numero == request.Numero, cancellationToken))
        {
            return ErrorResults.Problem(ComptabiliteErrors.NumeroCompteExistant);
        }

        var compte = Compte.Ouvrir(request.Numero!, request.Libelle!, request.Classe!, request.Genre!, request.TypeCharge, request.CategorieDette);
        db.Comptes.Add(compte);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return ErrorResults.Problem(ComptabiliteErrors.NumeroCompteExistant);
        }

        ETags.Set(response, compte.Version);
        return TypedResults.Created($"/api/comptabilite/comptes/{compte.Id}", CompteResponse.From(compte));
    }

    private static async Task<Results<Ok<CompteResponse>, ProblemHttpResult>> ModifierAsync(
        Guid id, ModifierCompteRequest request, ComptabiliteDbContext db, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await VersionedWrites.RunAsync(context, async version =>
        {
            var compte = await db.Comptes.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (compte is null)
            {
                return ComptabiliteErrors.CompteIntrouvable;
            }

            var ok = ETags.Check(version, compte.Version);
            if (!ok.IsSuccess)
            {
                return ok.Error!;
            }

            compte.Modifier(request.Libelle ?? compte.Libelle, request.Actif ?? compte.Actif);
            await db.SaveChangesAsync(cancellationToken);
            return Result<Compte>.Success(compte);
        }, c => c.Version);
        return result.IsSuccess ? TypedResults.Ok(CompteResponse.From(result.Value)) : ErrorResults.Problem(result.Error!);
    }
}
