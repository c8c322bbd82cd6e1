using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Features.RolesContact;

internal static class RolesContactEndpoints
{
    private static readonly Error DejaExistant = Error.Conflict("dossiers.role-contact-existant", "Un rôle de contact porte déjà ce code.");

    private static readonly Error Introuvable = Error.NotFound("dossiers.role-contact-introuvable", "Ce rôle de contact n'existe pas.");

    public static void MapRolesContact(this IEndpointRouteBuilder parametres)
    {
        parametres.MapGet("/roles-contact", async (DossiersDbContext db, CancellationToken ct) =>
                TypedResults.Ok<IReadOnlyList<RoleContactResponse>>(await db.RolesContact.AsNoTracking().OrderBy(r => r.Code)
                    .Select(r => new RoleContactResponse(r.Code, r.Libelle, r.CategorieFiche, r.Actif)).ToListAsync(ct)))
            .WithName("ListerRolesContact")
            .WithSummary("Lister les rôles de contact")
            .WithDescription("Les rôles des contacts d'un dossier (prescripteur, employeur, tuteur, gestionnaire, donneur d'ordre…), "
                + "la catégorie de fiche que chacun exige (null : toute fiche) et s'il est actif.")
            .RequirePermission(DossiersPermissions.Lire);

        parametres.MapPost("/roles-contact", async Task<Results<Created<RoleContactResponse>, ProblemHttpResult>> (
                RoleContactRequest request, DossiersDbContext db, CancellationToken ct) =>
            {
                if (await db.RolesContact.AnyAsync(r => r.Code == request.Code, ct))
                {
                    return ErrorResults.Problem(DejaExistant);
                }

                var role = new RoleContact(request.Code!, request.Libelle!, request.CategorieFiche, request.Actif);
                db.RolesContact.Add(role);
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
                {
                    // A concurrent request created the code between the check and the insert.
                    return ErrorResults.Problem(DejaExistant);
                }

                return TypedResults.Created($"/api/parametres/roles-contact/{role.Code}", Reponse(role));
            })
            .WithName("CreerRoleContact")
            .WithSummary("Créer un rôle de contact")
            .WithDescription("Ajoute un rôle, avec la catégorie de fiche exigée de ses contacts (facultative). Code déjà pris : 409 ; "
                + "catégorie inconnue : 400.")
            .RequirePermission(DossiersPermissions.Parametrer)
            .WithValidation<RoleContactRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);

        parametres.MapPut("/roles-contact/{code}", async Task<Results<Ok<RoleContactResponse>, ProblemHttpResult>> (
                string code, RoleContactRequest request, DossiersDbContext db, CancellationToken ct) =>
            {
                var role = await db.RolesContact.FirstOrDefaultAsync(r => r.Code == code, ct);
                if (role is null)
                {
                    return ErrorResults.Problem(Introuvable);
                }

                if (request.Code != code)
                {
                    return ErrorResults.Problem(Error.Validation("code", "Le code d'un rôle de contact ne change pas."));
                }

                role.Modifier(request.Libelle!, request.CategorieFiche, request.Actif);
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(Reponse(role));
            })
            .WithName("ModifierRoleContact")
            .WithSummary("Modifier un rôle de contact")
            .WithDescription("Change le libellé, la catégorie exigée (pour les contacts ajoutés ensuite) ou désactive le rôle : "
                + "les contacts existants le gardent, un nouveau contact ne peut plus le prendre.")
            .RequirePermission(DossiersPermissions.Parametrer)
            .WithValidation<RoleContactRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static RoleContactResponse Reponse(RoleContact r) => new(r.Code, r.Libelle, r.CategorieFiche, r.Actif);
}
