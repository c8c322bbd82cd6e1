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
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Features.TypesEvenements;

internal static class TypesEvenementsEndpoints
{
    public static void MapTypesEvenements(this IEndpointRouteBuilder parametres)
    {
        parametres.MapGet("/types-evenements", async (string? prestation, DossiersDbContext db, CancellationToken ct) =>
                TypedResults.Ok<IReadOnlyList<TypeEvenementResponse>>(
                    (await db.TypesEvenements.AsNoTracking().OrderBy(t => t.Code).ToListAsync(ct))
                        .Where(t => prestation is null || t.EstDisponiblePour(prestation))
                        .Select(TypeEvenementResponse.From)
                        .ToList()))
            .WithName("ListerTypesEvenements")
            .WithSummary("Lister les types d'événements")
            .WithDescription("Les types d'événements de dossier, leurs champs, leurs effets (statut, facturation, échéances, attestation, phase) "
                + "et les prestations où ils s'utilisent (vide : toutes). ?prestation=WSH : les types qu'un dossier de cette prestation peut enregistrer.")
            .RequirePermission(DossiersPermissions.Lire);

        parametres.MapPost("/types-evenements", async Task<Results<Created<TypeEvenementResponse>, ProblemHttpResult>> (
                TypeEvenementRequest request, DossiersDbContext db, CancellationToken ct) =>
            {
                if (await db.TypesEvenements.AnyAsync(t => t.Code == request.Code, ct))
                {
                    return ErrorResults.Problem(EvenementErrors.TypeExistant);
                }

                var prestations = await PrestationsConnues.VerifierAsync(request.Prestations, db, ct);
                if (!prestations.IsSuccess)
                {
                    return ErrorResults.Problem(prestations.Error!);
                }

                var type = new TypeEvenement(request.Code!);
                Definir(type, request);
                db.TypesEvenements.Add(type);
                await db.SaveChangesAsync(ct);
                return TypedResults.Created($"/api/parametres/types-evenements/{type.Code}", TypeEvenementResponse.From(type));
            })
            .WithName("CreerTypeEvenement")
            .WithSummary("Créer un type d'événement")
            .WithDescription("Code en majuscules, libellé, motif requis, champs supplémentaires, effets et prestations où le type s'utilise "
                + "(codes de prestation ; vide : toutes ; inconnue : 400 prestations). Code déjà pris : 409.")
            .RequirePermission(DossiersPermissions.Parametrer)
            .WithValidation<TypeEvenementRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);

        parametres.MapPut("/types-evenements/{code}", async Task<Results<Ok<TypeEvenementResponse>, ProblemHttpResult>> (
                string code, TypeEvenementRequest request, DossiersDbContext db, CancellationToken ct) =>
            {
                var type = await db.TypesEvenements.FirstOrDefaultAsync(t => t.Code == code, ct);
                if (type is null)
                {
                    return ErrorResults.Problem(EvenementErrors.TypeIntrouvable);
                }

                if (request.Code != code)
                {
                    return ErrorResults.Problem(Error.Validation("code", "Le code d'un type d'événement ne change pas."));
                }

                var prestations = await PrestationsConnues.VerifierAsync(request.Prestations, db, ct);
                if (!prestations.IsSuccess)
                {
                    return ErrorResults.Problem(prestations.Error!);
                }

                Definir(type, request);
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(TypeEvenementResponse.From(type));
            })
            .WithName("ModifierTypeEvenement")
            .WithSummary("Modifier un type d'événement")
            .WithDescription("Remplace la définition ; les événements déjà enregistrés gardent les effets appliqués, même d'une prestation "
                + "retirée de la liste. Inconnu : 404.")
            .RequirePermission(DossiersPermissions.Parametrer)
            .WithValidation<TypeEvenementRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void Definir(TypeEvenement type, TypeEvenementRequest request) =>
        type.Definir(
            request.Libelle!,
            request.MotifRequis,
            (request.Champs ?? []).Select(c => new ChampEvenement(c.Code!, c.Libelle!, c.Requis)).ToList(),
            request.NouveauStatut,
            request.Facturation switch { Facturations.Bloquer => true, Facturations.Debloquer => false, _ => null },
            (request.Echeances ?? []).Select(e => new EcheanceType(e.DelaiJours, e.Action!)).ToList(),
            request.AttestationModele,
            request.ChangementPhase,
            request.Actif,
            request.Prestations ?? []);
}
